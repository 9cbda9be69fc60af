package io.dupliwatch.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Empties every application table (not Flyway's history), whatever features added them, then seeds the
 * {@link TestAdminToken} again so that {@link Http#asAdmin()} keeps working.
 */
public final class DatabaseCleaner {

    private DatabaseCleaner() {
    }

    public static void clean(JdbcClient jdbc, List<String> tables) {
        List<String> remaining = new ArrayList<>(tables);
        // Foreign keys decide the order; retry the ones that failed until all are empty.
        for (int pass = 0; pass < 10 && !remaining.isEmpty(); pass++) {
            List<String> failed = new ArrayList<>();
            for (String table : remaining) {
                try {
                    jdbc.sql("DELETE FROM " + table).update();
                }
                catch (DataAccessException e) {
                    failed.add(table);
                }
            }
            remaining = failed;
        }
        if (!remaining.isEmpty()) {
            throw new IllegalStateException("could not empty " + remaining);
        }
    }

    public static void clean(JdbcClient jdbc) {
        clean(jdbc, applicationTables(jdbc));
        TestAdminToken.seed(jdbc);
    }

    private static List<String> applicationTables(JdbcClient jdbc) {
        String product = jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single();
        String sql = product.toLowerCase().contains("sqlite")
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'";
        return jdbc.sql(sql).query(String.class).list().stream()
                .filter(name -> !name.equalsIgnoreCase("flyway_schema_history"))
                .toList();
    }
}
