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

    /**
     * Command-line arguments for a hand-started application: the given {@code key=value} properties plus the
     * datasource ones. (Command-line arguments win over application.properties; builder defaults do not.)
     */
    public static String[] commandLine(String... properties) {
        java.util.List<String> all = new java.util.ArrayList<>();
        for (String property : properties) {
            all.add("--" + property);
        }
        datasourceProperties().forEach((key, value) -> all.add("--" + key + "=" + value));
        return all.toArray(String[]::new);
    }

    /** Datasource properties for a fresh, empty database. */
    public static Map<String, Object> datasourceProperties() {
        if (postgres()) {
            throw new IllegalStateException("PostgreSQL test database not available yet");
        }
        return Map.of();
    }
}
