package io.dupliwatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Hands over stored runs, oldest first, a page at a time: each page is one short query by keyset (begin time, id;
 * index from migration V8_5), outside any transaction, so an export holds no connection and no lock while its
 * consumer writes (on SQLite a transaction, even a read-only one, takes the single write lock). Runs recorded
 * while an export goes on may or may not be in it.
 */
@Service
public class RunExport {

    static final int PAGE_SIZE = 1000;
    private static final String SELECT = """
            SELECT r.id, r.server_id, s.name AS server_name, j.backup_name, r.backup_id, r.status, r.begin_time,
                   r.end_time, r.duration_seconds, r.examined_files, r.size_of_examined_files, r.added_files,
                   r.modified_files, r.deleted_files, r.uploaded_size, r.known_file_size, r.backup_list_count,
                   r.warnings_count, r.errors_count, r.messages_count, r.source, r.received_at
              FROM runs r
              JOIN jobs j ON j.id = r.job_id
              JOIN servers s ON s.id = r.server_id
            """;

    private final JdbcClient jdbc;

    RunExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param serverId   only this server's runs; {@code null} for all
     * @param backupName only the job of this name; {@code null} for all
     * @param from       runs that began at or after; {@code null} for no lower bound
     * @param until      runs that began before; {@code null} for no upper bound
     */
    public void forEachRun(String serverId, String backupName, Instant from, Instant until, Consumer<ExportedRun> sink) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (serverId != null) {
            conditions.add("r.server_id = :server");
            params.put("server", serverId);
        }
        if (backupName != null) {
            conditions.add("j.backup_name = :job");
            params.put("job", backupName);
        }
        if (from != null) {
            conditions.add("r.begin_time >= :from");
            params.put("from", from.toEpochMilli());
        }
        if (until != null) {
            conditions.add("r.begin_time < :until");
            params.put("until", until.toEpochMilli());
        }
        conditions.add("(r.begin_time, r.id) > (:afterBegin, :afterId)");
        String sql = SELECT + " WHERE " + String.join(" AND ", conditions)
                + " ORDER BY r.begin_time, r.id LIMIT " + PAGE_SIZE;
        long afterBegin = Long.MIN_VALUE;
        long afterId = Long.MIN_VALUE;
        List<ExportedRun> page;
        do {
            page = jdbc.sql(sql).params(params).param("afterBegin", afterBegin).param("afterId", afterId)
                    .query((rs, n) -> map(rs)).list();
            page.forEach(sink);
            if (!page.isEmpty()) {
                ExportedRun last = page.get(page.size() - 1);
                afterBegin = last.beginTime().toEpochMilli();
                afterId = last.id();
            }
        } while (page.size() == PAGE_SIZE);
    }

    private static ExportedRun map(ResultSet rs) throws SQLException {
        long end = rs.getLong("end_time");
        Instant endTime = rs.wasNull() ? null : Instant.ofEpochMilli(end);
        return new ExportedRun(rs.getLong("id"), rs.getString("server_id"), rs.getString("server_name"),
                rs.getString("backup_name"), rs.getString("backup_id"), rs.getString("status"),
                Instant.ofEpochMilli(rs.getLong("begin_time")), endTime, rs.getDouble("duration_seconds"),
                rs.getLong("examined_files"), rs.getLong("size_of_examined_files"), rs.getLong("added_files"),
                rs.getLong("modified_files"), rs.getLong("deleted_files"), rs.getLong("uploaded_size"),
                rs.getLong("known_file_size"), rs.getLong("backup_list_count"), rs.getLong("warnings_count"),
                rs.getLong("errors_count"), rs.getLong("messages_count"), RunSource.valueOf(rs.getString("source")),
                Instant.ofEpochMilli(rs.getLong("received_at")));
    }
}
