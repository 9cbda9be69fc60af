package io.dupliwatch.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Builds duplistatus databases from the schema files in src/test/resources/duplistatus. */
final class DuplistatusDatabaseFixture {

    private final Path file;

    private DuplistatusDatabaseFixture(Path file) {
        this.file = file;
    }

    static DuplistatusDatabaseFixture create(Path file, String schema) throws SQLException {
        String ddl;
        try (InputStream in = DuplistatusDatabaseFixture.class.getResourceAsStream("/duplistatus/" + schema)) {
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL"); // as duplistatus runs it
            for (String sql : ddl.replaceAll("(?m)^--.*$", "").split(";\\s*\n")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
        }
        return new DuplistatusDatabaseFixture(file);
    }

    DuplistatusDatabaseFixture execute(String sql, Object... params) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
        return this;
    }

    Path file() {
        return file;
    }
}
