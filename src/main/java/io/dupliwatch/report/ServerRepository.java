package io.dupliwatch.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ServerRepository {

    private static final String SELECT = "SELECT s.id, s.name, s.alias, s.note, s.created_at FROM servers s";

    /** {@code servers.time_zone_source} values. */
    private static final String ZONE_BY_USER = "user";
    private static final String ZONE_FROM_DUPLICATI = "duplicati";

    private final JdbcClient jdbc;

    ServerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Server> findById(String id) {
        return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(ServerRepository::map).optional();
    }

    List<Server> findByName(String name) {
        return jdbc.sql(SELECT + " WHERE s.name = :name ORDER BY s.id").param("name", name)
                .query(ServerRepository::map).list();
    }

    List<Server> findByPreviousName(String name) {
        return jdbc.sql(SELECT + """
                 WHERE s.id IN (SELECT p.server_id FROM server_previous_names p WHERE p.name = :name)
                 ORDER BY s.id
                """).param("name", name).query(ServerRepository::map).list();
    }

    List<Server> findAll() {
        return jdbc.sql(SELECT + " ORDER BY s.name, s.id").query(ServerRepository::map).list();
    }

    /** @return false when there is no such server */
    boolean describe(String id, String alias, String note) {
        return jdbc.sql("UPDATE servers SET alias = :alias, note = :note WHERE id = :id")
                .param("alias", alias).param("note", note).param("id", id).update() == 1;
    }

    /** The user's choice ({@code null} for none): collections no longer replace it. False when there is no such server. */
    boolean saveTimeZone(String id, String zone) {
        return jdbc.sql("UPDATE servers SET time_zone = :zone, time_zone_source = :source WHERE id = :id")
                .param("zone", zone).param("source", zone == null ? null : ZONE_BY_USER).param("id", id).update() == 1;
    }

    /** Sets a zone read from Duplicati unless the user chose one; {@code true} when it changed. */
    boolean adoptTimeZone(String id, String zone) {
        return jdbc.sql("""
                UPDATE servers SET time_zone = :zone, time_zone_source = :source
                 WHERE id = :id AND (time_zone_source IS NULL OR time_zone_source <> :user)
                   AND (time_zone IS NULL OR time_zone <> :zone)
                """).param("zone", zone).param("source", ZONE_FROM_DUPLICATI).param("user", ZONE_BY_USER).param("id", id)
                .update() == 1;
    }

    Optional<String> findTimeZone(String id) {
        return jdbc.sql("SELECT s.time_zone FROM servers s WHERE s.id = :id AND s.time_zone IS NOT NULL")
                .param("id", id).query(String.class).optional();
    }

    /** Zone ids by server id, for the servers that have one. */
    Map<String, String> findTimeZones() {
        Map<String, String> zones = new HashMap<>();
        jdbc.sql("SELECT s.id, s.time_zone FROM servers s WHERE s.time_zone IS NOT NULL")
                .query((RowCallbackHandler) rs -> zones.put(rs.getString("id"), rs.getString("time_zone")));
        return zones;
    }

    /** One row per job (one without a job): a version costs a single indexed read. */
    Optional<ServerVersion> findVersion(String id) {
        List<Object[]> rows = jdbc.sql("""
                SELECT s.name, s.created_at, j.latest_run_id
                  FROM servers s LEFT JOIN jobs j ON j.server_id = s.id
                 WHERE s.id = :id
                 ORDER BY j.id
                """).param("id", id).query((rs, rowNum) -> new Object[] {rs.getString(1), rs.getLong(2),
                        rs.getObject(3) == null ? null : rs.getLong(3)}).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Long> newestRunIds = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            if (row[2] != null) {
                newestRunIds.add((Long) row[2]);
            }
        }
        return Optional.of(new ServerVersion(id, (String) rows.get(0)[0], (Long) rows.get(0)[1], newestRunIds));
    }

    Set<String> findArchivedIds() {
        return Set.copyOf(jdbc.sql("SELECT s.id FROM servers s WHERE s.archived_at IS NOT NULL").query(String.class).list());
    }

    void adoptAliasAndNote(String id, String alias, String note) {
        jdbc.sql("""
                UPDATE servers SET alias = CASE WHEN alias = '' THEN :alias ELSE alias END,
                                   note = CASE WHEN note = '' THEN :note ELSE note END
                 WHERE id = :id
                """).param("alias", alias).param("note", note).param("id", id).update();
    }

    private static Server map(ResultSet rs, int rowNum) throws SQLException {
        return new Server(rs.getString("id"), rs.getString("name"), rs.getString("alias"), rs.getString("note"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
