package io.dupliwatch.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sqlite.SQLiteConfig;

/**
 * A duplistatus {@code backups.db}, opened read-only. Schema 4.0 ({@code servers}, {@code backups.server_id}) and,
 * best effort, older ones ({@code machines}, {@code backups.machine_id}, columns added later missing).
 */
final class DuplistatusDatabase implements AutoCloseable {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Connection connection;
    private final String serverTable;
    private final String serverColumn;
    private final Set<String> serverColumns;
    private final Set<String> backupColumns;
    private final boolean hasConfigurations;

    private DuplistatusDatabase(Connection connection) throws SQLException {
        this.connection = connection;
        Set<String> tables = tables();
        if (!tables.contains("backups") || !(tables.contains("servers") || tables.contains("machines"))) {
            throw new InvalidSourceException("not a duplistatus database: no backups and servers (or machines) tables");
        }
        this.serverTable = tables.contains("servers") ? "servers" : "machines";
        this.serverColumns = columns(serverTable);
        this.backupColumns = columns("backups");
        this.serverColumn = backupColumns.contains("server_id") ? "server_id" : "machine_id";
        this.hasConfigurations = tables.contains("configurations");
    }

    static DuplistatusDatabase open(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InvalidSourceException(file + " is not a readable file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
                throw new InvalidSourceException(file + " is not an SQLite database");
            }
        }
        catch (IOException e) {
            throw new InvalidSourceException("cannot read " + file + ": " + e.getMessage());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            return new DuplistatusDatabase(
                    DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties()));
        }
        catch (SQLException e) {
            throw new InvalidSourceException("cannot open " + file + ": " + e.getMessage());
        }
    }

    /** The newest entry of {@code db_version}, e.g. {@code 4.0}; "unknown" for databases without it. */
    String schemaVersion() throws SQLException {
        if (!tables().contains("db_version")) {
            return "unknown";
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT version FROM db_version")) {
            String newest = null;
            while (rs.next()) {
                String version = rs.getString(1);
                if (newest == null || compareVersions(version, newest) > 0) {
                    newest = version;
                }
            }
            return newest == null ? "unknown" : newest;
        }
    }

    record SourceServer(String id, String name, String alias, String note) {
    }

    List<SourceServer> servers() throws SQLException {
        List<SourceServer> servers = new ArrayList<>();
        String alias = serverColumns.contains("alias") ? "alias" : "''";
        String note = serverColumns.contains("note") ? "note" : "''";
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT id, name, " + alias + " AS alias, " + note + " AS note FROM "
                     + serverTable + " ORDER BY id")) {
            while (rs.next()) {
                servers.add(new SourceServer(rs.getString("id"), rs.getString("name"),
                        blankToEmpty(rs.getString("alias")), blankToEmpty(rs.getString("note"))));
            }
        }
        return servers;
    }

    /** Hands over each run of the server, oldest first, as a row whose missing columns read as empty. */
    void forEachBackup(String serverId, RowHandler handler) throws SQLException {
        String order = backupColumns.contains("begin_time") ? "begin_time" : "date";
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT * FROM backups WHERE " + serverColumn + " = ? ORDER BY " + order + ", id")) {
            statement.setString(1, serverId);
            try (ResultSet rs = statement.executeQuery()) {
                SourceRow row = new SourceRow(rs, backupColumns);
                while (rs.next()) {
                    handler.handle(row);
                }
            }
        }
    }

    interface RowHandler {
        void handle(SourceRow row) throws SQLException;
    }

    Optional<String> configuration(String key) throws SQLException {
        if (!hasConfigurations) {
            return Optional.empty();
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT value FROM configurations WHERE key = ?")) {
            statement.setString(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private Set<String> tables() throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase());
            }
        }
        return tables;
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name").toLowerCase());
            }
        }
        return columns;
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? parse(x[i]) : 0;
            int right = i < y.length ? parse(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }

    private static int parse(String part) {
        try {
            return Integer.parseInt(part.trim());
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
