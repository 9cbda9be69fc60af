package io.dupliwatch.testsupport;

import java.util.Map;

/**
 * Which database the tests run on. SQLite needs nothing: the file lives in the data directory.
 * ({@code -Ddupliwatch.test.database=postgresql} is answered here once PostgreSQL support lands.)
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static boolean postgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("dupliwatch.test.database", "sqlite"));
    }

    /** Datasource properties for a fresh, empty database. */
    public static Map<String, Object> datasourceProperties() {
        if (postgres()) {
            throw new IllegalStateException("PostgreSQL test database not available yet");
        }
        return Map.of();
    }
}
