package io.dupliwatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Ports;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./dupliwatch} starting the packaged jar for real: Spring AOT's code and a class cache made on first use, with
 * the settings of a user who configures it by environment variables (PostgreSQL, the data directory) and arguments
 * (the port). Spring AOT fixes bean conditions at build time: the database chosen at run time must still be used.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "dupliwatch.jar").toAbsolutePath();

    @TempDir
    Path dataDir;

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void startsTheJarWithSpringAotAndAClassCacheOnTheDatabaseOfTheEnvironment() throws Exception {
        Map<String, Object> database = TestDatabases.newPostgresDatabase();
        int port = Ports.unused();
        Path log = dataDir.resolve("server.log");
        ProcessBuilder launcher = new ProcessBuilder("./dupliwatch", "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        launcher.environment().put("DUPLIWATCH_JAR", JAR.toString());
        launcher.environment().put("DUPLIWATCH_DATA_DIR", dataDir.toString());
        launcher.environment().put("DUPLIWATCH_DB_URL", (String) database.get("dupliwatch.datasource.url"));
        launcher.environment().put("DUPLIWATCH_DB_USERNAME", (String) database.get("dupliwatch.datasource.username"));
        server = launcher.start();
        Http http = new Http(port);

        awaitHealthy(http, log);

        assertThat(server.info().commandLine()).hasValueSatisfying(command -> assertThat(command)
                .as("the launcher execs java with Spring AOT and a class cache")
                .contains("-Dspring.aot.enabled=true", "-XX:+UseSerialGC")
                .containsAnyOf("-XX:AOTCache=", "-XX:SharedArchiveFile="));
        assertThat(http.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
        assertThat(http.get("/api/summary").json().get("totalBackupsRuns").asInt()).isEqualTo(1);
        try (Connection connection = DriverManager.getConnection((String) database.get("dupliwatch.datasource.url"),
                (String) database.get("dupliwatch.datasource.username"), "");
             ResultSet runs = connection.createStatement().executeQuery("SELECT count(*) FROM runs")) {
            assertThat(runs.next()).isTrue();
            assertThat(runs.getInt(1)).as("runs stored in PostgreSQL").isEqualTo(1);
        }
        assertThat(dataDir.resolve("dupliwatch.db")).as("no SQLite store beside").doesNotExist();
        assertThat(Files.readString(log)).doesNotContain("ERROR", "starting without");
    }

    private void awaitHealthy(Http http, Path log) throws Exception {
        try {
            // the first start after a build makes the class cache first
            await("/api/health 200").atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> assertThat(server.isAlive()).as("the server exited:%n%s", Files.readString(log)).isTrue())
                    .ignoreExceptionsInstanceOf(RuntimeException.class)
                    .until(() -> http.get("/api/health").status() == 200);
        }
        catch (ConditionTimeoutException e) {
            throw new AssertionError("no /api/health 200 within 240 s:\n" + Files.readString(log), e);
        }
    }
}
