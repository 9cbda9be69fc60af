package io.dupliwatch.storage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.cli.Subcommands;
import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestAdminToken;
import io.dupliwatch.testsupport.TestDatabases;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@IntegrationTest
class BackupAndRestoreIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @TempDir
    Path temp;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void aDownloadedBackupRestoresIntoAFreshInstance() throws Exception {
        assumeFalse(TestDatabases.postgres());
        Http http = new Http(port);
        http.upload(Samples.bytes("duplicati/backup-success.json"));
        http.upload(Samples.bytes("duplicati/backup-error.json"));
        jdbc.sql("""
                INSERT INTO SPRING_SESSION (PRIMARY_ID, SESSION_ID, CREATION_TIME, LAST_ACCESS_TIME,
                                            MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME)
                VALUES ('p1', 'live-session-id', 0, 0, 1800, 9999999999999, 'alice')
                """).update();

        HttpResponse<byte[]> download = download();

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"dupliwatch-backup-\\d{8}-\\d{6}\\.db\"");
        assertThat(new String(download.body(), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
        // The server removes its temporary snapshot once the last byte is written, which may be just after we read it.
        await("temporary snapshot removed").atMost(Duration.ofSeconds(5)).until(() -> snapshotFiles() == 0);

        Path backup = Files.write(temp.resolve("backup.db"), download.body());
        assertThat(count(backup, "SELECT COUNT(*) FROM SPRING_SESSION")).as("no live session travels").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION").query(Long.class).single()).isOne();
        Path fresh = Files.createDirectory(temp.resolve("fresh"));

        assertThat(restore(backup, fresh)).isZero();

        assertThat(count(fresh.resolve("dupliwatch.db"), "SELECT COUNT(*) FROM runs")).isEqualTo(2);
        assertThat(count(fresh.resolve("dupliwatch.db"), "SELECT COUNT(*) FROM servers")).isEqualTo(2);
        assertThat(Files.list(fresh).map(f -> f.getFileName().toString()))
                .anyMatch(name -> name.matches("dupliwatch-before-restore-\\d{8}-\\d{6}\\.db"));
    }

    private long snapshotFiles() throws IOException {
        try (var files = Files.list(dataDir())) {
            return files.filter(f -> f.getFileName().toString().startsWith("snapshot-")).count();
        }
    }

    @Test
    void restoreRefusesWhileTheServerRunsOnTheDataDirectory() throws Exception {
        assumeFalse(TestDatabases.postgres());
        new Http(port).upload(Samples.bytes("duplicati/backup-success.json"));
        Path backup = Files.write(temp.resolve("backup.db"), download().body());

        assertThat(restore(backup, dataDir())).isEqualTo(1);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM runs").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void filesThatAreNotDupliwatchBackupsAreRefusedAndNothingChanges() throws Exception {
        assumeFalse(TestDatabases.postgres());
        Path fresh = Files.createDirectory(temp.resolve("fresh"));
        Path text = Files.writeString(temp.resolve("dump.sql"), "CREATE TABLE servers (id TEXT);");
        Path duplistatus = temp.resolve("backups.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + duplistatus);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE backups (id TEXT PRIMARY KEY)");
        }

        assertThat(restore(text, fresh)).isEqualTo(1);
        assertThat(restore(duplistatus, fresh)).isEqualTo(1);
        assertThat(restore(temp.resolve("missing.db"), fresh)).isEqualTo(1);

        assertThat(count(fresh.resolve("dupliwatch.db"), "SELECT COUNT(*) FROM runs")).isZero();
    }

    @Test
    void withPostgresqlTheDownloadPointsToPgDump() throws Exception {
        assumeTrue(TestDatabases.postgres());

        Http.Reply reply = new Http(port).asAdmin().get("/api/admin/backup");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("error").stringValue()).contains("SQLite");
        assertThat(reply.json().get("detail").stringValue()).contains("pg_dump");
    }

    private HttpResponse<byte[]> download() throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/backup"))
                        .header("Authorization", "Bearer " + TestAdminToken.VALUE).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Path dataDir() {
        return Path.of(environment.getRequiredProperty("dupliwatch.data-dir"));
    }

    private static int restore(Path file, Path dataDir) {
        return Subcommands.run(DupliwatchApplication.class,
                new String[] {"restore", file.toString(), "--dupliwatch.data-dir=" + dataDir});
    }

    private static long count(Path database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
