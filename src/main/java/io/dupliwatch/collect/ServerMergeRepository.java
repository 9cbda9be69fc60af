package io.dupliwatch.collect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * The SQL of a server merge. This is the one place that rewrites keys in other features' tables: runs and jobs
 * (report), and every table with a {@code server_id} or {@code job_id} column (monitoring, notifications,
 * connections, whatever features add later), found through the database metadata so that a new feature's
 * settings follow a merge without code here. Rule for those tables: a row moves to the target unless the target
 * already has a row with the same unique key – then the target's row is kept and the source's is dropped.
 * Called inside {@link ServerMerger}'s transaction.
 */
@Repository
class ServerMergeRepository {

    /** Tables whose keys are rewritten explicitly, not generically. */
    private static final Set<String> CORE_TABLES = Set.of("servers", "jobs", "runs", "run_logs",
            "flyway_schema_history");

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    ServerMergeRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    record JobKey(long id, String backupName) {
    }

    List<JobKey> jobsOf(String serverId) {
        return jdbc.sql("SELECT id, backup_name FROM jobs WHERE server_id = :id ORDER BY id").param("id", serverId)
                .query((rs, n) -> new JobKey(rs.getLong("id"), rs.getString("backup_name"))).list();
    }

    /** A job only the source has: the row moves, keeping its id, so everything keyed by it keeps working. */
    void moveJob(long jobId, String targetServerId) {
        int moved = jdbc.sql("UPDATE jobs SET server_id = :target WHERE id = :id")
                .param("target", targetServerId).param("id", jobId).update();
        Assert.state(moved == 1, () -> "job " + jobId + " vanished during the merge");
        jdbc.sql("UPDATE runs SET server_id = :target WHERE job_id = :id")
                .param("target", targetServerId).param("id", jobId).update();
    }

    /**
     * A job both servers have: the source's runs move unless the target has a run with the same begin time
     * (the same run, pushed to one and collected by the other); the source job's settings move where the
     * target has none; then the source job goes (its duplicate runs with it) and the target's state is rebuilt.
     *
     * @return runs moved
     */
    int mergeJob(long sourceJobId, long targetJobId, String targetServerId) {
        int moved = jdbc.sql("""
                UPDATE runs SET job_id = :target, server_id = :targetServer
                 WHERE job_id = :source
                   AND NOT EXISTS (SELECT 1 FROM runs r2 WHERE r2.job_id = :target AND r2.begin_time = runs.begin_time)
                """)
                .param("source", sourceJobId).param("target", targetJobId).param("targetServer", targetServerId)
                .update();
        moveKeyedRows("job_id", sourceJobId, targetJobId);
        int deleted = jdbc.sql("DELETE FROM jobs WHERE id = :id").param("id", sourceJobId).update();
        Assert.state(deleted == 1, () -> "job " + sourceJobId + " vanished during the merge");
        rebuildJobState(targetJobId);
        return moved;
    }

    /** Server-level rows of every feature, then the server itself; its name stays findable as a former name. */
    void mergeServer(String sourceId, String targetId, Instant now) {
        moveKeyedRows("server_id", sourceId, targetId);
        jdbc.sql("""
                INSERT INTO server_previous_names (server_id, name, replaced_at)
                SELECT :target, s.name, :now FROM servers s
                 WHERE s.id = :source
                   AND s.name <> (SELECT t.name FROM servers t WHERE t.id = :target)
                ON CONFLICT (server_id, name) DO UPDATE SET replaced_at = excluded.replaced_at
                """)
                .param("source", sourceId).param("target", targetId).param("now", now.toEpochMilli()).update();
        int deleted = jdbc.sql("DELETE FROM servers WHERE id = :id").param("id", sourceId).update();
        Assert.state(deleted == 1, () -> "server " + sourceId + " vanished during the merge");
    }

    /** Counters and newest-run state of a job, recomputed from its runs after runs were added. */
    private void rebuildJobState(long jobId) {
        int updated = jdbc.sql("""
                UPDATE jobs SET
                       run_count = (SELECT COUNT(*) FROM runs r WHERE r.job_id = jobs.id),
                       uploaded_total = (SELECT COALESCE(SUM(r.uploaded_size), 0) FROM runs r WHERE r.job_id = jobs.id),
                       last_success_time = (SELECT MAX(r.begin_time) FROM runs r
                                             WHERE r.job_id = jobs.id AND r.status IN ('Success', 'Warning')),
                       latest_run_id = (SELECT r.id FROM runs r WHERE r.job_id = jobs.id
                                         ORDER BY r.begin_time DESC, r.id DESC LIMIT 1)
                 WHERE id = :id
                """).param("id", jobId).update();
        Assert.state(updated == 1, () -> "job " + jobId + " vanished during the merge");
        jdbc.sql("""
                UPDATE jobs SET
                       latest_begin_time = (SELECT r.begin_time FROM runs r WHERE r.id = jobs.latest_run_id),
                       latest_status = (SELECT r.status FROM runs r WHERE r.id = jobs.latest_run_id),
                       latest_size = COALESCE((SELECT r.size_of_examined_files FROM runs r
                                                WHERE r.id = jobs.latest_run_id), 0),
                       latest_known_file_size = COALESCE((SELECT r.known_file_size FROM runs r
                                                           WHERE r.id = jobs.latest_run_id), 0),
                       backup_id = COALESCE((SELECT r.backup_id FROM runs r WHERE r.id = jobs.latest_run_id), backup_id)
                 WHERE id = :id
                """).param("id", jobId).update();
    }

    /**
     * In every non-core table with {@code column}: rows of {@code from} move to {@code to} unless that would
     * collide with a row {@code to} already has under one of the table's unique keys; colliding rows are deleted.
     */
    private void moveKeyedRows(String column, Object from, Object to) {
        for (Map.Entry<String, List<List<String>>> table : tablesWith(column).entrySet()) {
            String name = quote(table.getKey());
            StringBuilder update = new StringBuilder("UPDATE " + name + " SET " + quote(column) + " = :to WHERE "
                    + quote(column) + " = :from");
            for (List<String> key : table.getValue()) {
                String sameKey = key.stream().filter(c -> !c.equalsIgnoreCase(column))
                        .map(c -> " AND x." + quote(c) + " = " + name + "." + quote(c))
                        .collect(Collectors.joining());
                update.append(" AND NOT EXISTS (SELECT 1 FROM ").append(name).append(" x WHERE x.")
                        .append(quote(column)).append(" = :to").append(sameKey).append(")");
            }
            jdbc.sql(update.toString()).param("from", from).param("to", to).update();
            jdbc.sql("DELETE FROM " + name + " WHERE " + quote(column) + " = :from").param("from", from).update();
        }
    }

    /** Non-core tables having {@code column}, each with its unique keys (primary key included) that contain it. */
    private Map<String, List<List<String>>> tablesWith(String column) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            Map<String, List<List<String>>> tables = new LinkedHashMap<>();
            for (String table : tableNames(meta, schema)) {
                if (!CORE_TABLES.contains(table.toLowerCase(Locale.ROOT)) && hasColumn(meta, schema, table, column)) {
                    tables.put(table, uniqueKeysWith(meta, schema, table, column));
                }
            }
            return tables;
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database structure for the merge", e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static List<String> tableNames(DatabaseMetaData meta, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static boolean hasColumn(DatabaseMetaData meta, String schema, String table, String column)
            throws SQLException {
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                if (column.equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<List<String>> uniqueKeysWith(DatabaseMetaData meta, String schema, String table,
                                                     String column) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                keys.computeIfAbsent("primary key", k -> new ArrayList<>()).add(rs.getString("COLUMN_NAME"));
            }
        }
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, true, true)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                String indexed = rs.getString("COLUMN_NAME");
                if (index != null && indexed != null && !rs.getBoolean("NON_UNIQUE")) {
                    keys.computeIfAbsent(index, k -> new ArrayList<>()).add(indexed);
                }
            }
        }
        Set<Set<String>> distinct = new LinkedHashSet<>();
        List<List<String>> withColumn = new ArrayList<>();
        for (List<String> key : keys.values()) {
            Set<String> normalized = key.stream().map(c -> c.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (normalized.contains(column) && distinct.add(normalized)) {
                withColumn.add(key);
            }
        }
        return withColumn;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
