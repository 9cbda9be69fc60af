package io.dupliwatch.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies of the SQLite database: a consistent snapshot of the live database ({@code VACUUM INTO}, which reads in one
 * transaction while uploads go on), and the reverse, replacing the live database's content with a snapshot through
 * SQLite's online backup API. Only meaningful when the store is SQLite.
 */
@Component
class SqliteSnapshots {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> REQUIRED_TABLES = List.of("flyway_schema_history", "servers", "jobs", "runs");

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    SqliteSnapshots(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Writes a snapshot of the live database to {@code target}, which must not exist or be empty. */
    void snapshotTo(Path target) {
        jdbc.sql("VACUUM INTO :file").param("file", target.toAbsolutePath().toString()).update();
        OwnerOnlyFiles.restrict(target);
        forgetSessions(target);
    }

    /**
     * Checks that {@code file} is a Dupliwatch SQLite database this version can use.
     *
     * @param newestKnown the newest schema version this build has migrations for
     * @return what is wrong; empty when the file can be restored
     */
    List<String> problems(Path file, MigrationVersion newestKnown) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return List.of(file + " is not a readable file");
        }
        if (!hasSqliteHeader(file)) {
            return List.of(file + " is not an SQLite database (a PostgreSQL dump is restored with pg_restore/psql)");
        }
        List<String> problems = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("PRAGMA integrity_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    return List.of("integrity check failed: " + result);
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1).toLowerCase());
                }
            }
            List<String> missing = REQUIRED_TABLES.stream().filter(t -> !tables.contains(t)).toList();
            if (!missing.isEmpty()) {
                return List.of("not a Dupliwatch database: tables " + missing + " are missing"
                        + (tables.contains("backups") ? " (a duplistatus database is imported with import-duplistatus)" : ""));
            }
            try (ResultSet rs = statement.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                while (rs.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(rs.getString(1));
                    if (version.isNewerThan(newestKnown)) {
                        problems.add("schema version " + version + " is newer than this Dupliwatch knows ("
                                + newestKnown + "): upgrade Dupliwatch first");
                        break;
                    }
                }
            }
        }
        catch (SQLException e) {
            return List.of("cannot read " + file + ": " + e.getMessage());
        }
        return problems;
    }

    /**
     * A backup file travels: it must not carry the live session ids that would let its holder act as a signed-in
     * user. (Users then sign in again after a restore.)
     */
    private static void forgetSessions(Path snapshot) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + snapshot.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM SPRING_SESSION_ATTRIBUTES");
            statement.executeUpdate("DELETE FROM SPRING_SESSION");
        }
        catch (SQLException e) {
            throw new IllegalStateException("could not remove sessions from the snapshot " + snapshot, e);
        }
    }

    /** Replaces the live database's content with the snapshot's, page by page (SQLite's backup API). */
    void restoreFrom(Path snapshot) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("restore from \"" + snapshot.toAbsolutePath() + "\"");
        }
    }

    private static boolean hasSqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
        }
        catch (IOException e) {
            return false;
        }
    }
}
