package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Which database the tests run on. SQLite needs nothing: the file lives in the data directory.
 * With {@code -Ddupliwatch.test.database=postgresql} one embedded PostgreSQL server is started per JVM
 * (on first use, stopped at exit) and each caller gets a new, empty database on it.
 */
public final class TestDatabases {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

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
        return postgres() ? newPostgresDatabase() : Map.of();
    }

    /** Properties of a new, empty database on the shared embedded PostgreSQL server, whatever the suite runs on. */
    public static Map<String, Object> newPostgresDatabase() {
        EmbeddedPostgres pg = server();
        String name = "dupliwatch_" + DATABASES.incrementAndGet();
        try (Connection connection = pg.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return Map.of("dupliwatch.datasource.url", pg.getJdbcUrl("postgres", name),
                "dupliwatch.datasource.username", "postgres",
                "dupliwatch.datasource.password", "");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
