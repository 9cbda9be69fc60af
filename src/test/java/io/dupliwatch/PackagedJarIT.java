package io.dupliwatch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MqttBroker;
import io.dupliwatch.testsupport.Ports;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar a user runs, started as {@code java -jar} after {@code package}: its class path is not the tests' (springdoc
 * and the test libraries are not in it), so a dependency missing at run time fails here and nowhere else. Started
 * both as is and with its Spring AOT code (the recommended way), where bean conditions were fixed at build time: the
 * optional MQTT publisher, off by default, is switched on at run time and must publish in both. And as the launcher
 * {@code ./dupliwatch} starts it.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "dupliwatch.jar");
    private static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";

    @TempDir
    Path dataDir;

    private final MqttBroker broker = new MqttBroker();
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
        broker.close();
    }

    @ParameterizedTest(name = "spring.aot.enabled={0}")
    @ValueSource(booleans = {false, true})
    void startsOnAnEmptyDirectoryStoresAnUploadPublishesItAndServesItsPagesAssets(boolean aot) throws Exception {
        int port = Ports.unused();
        Path log = dataDir.resolve("server.log");
        Path classes = dataDir.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-Dspring.aot.enabled=" + aot, "-jar", JAR.toString(),
                "--server.port=" + port, "--dupliwatch.data-dir=" + dataDir,
                "--dupliwatch.mqtt.enabled=true", "--dupliwatch.mqtt.url=" + broker.url()));
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Http http = new Http(port);

        awaitHealthy(http, log, Duration.ofSeconds(90));

        assertThat(http.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
        assertThat(http.get("/api/summary").json().get("totalBackupsRuns").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(broker.retained())
                .hasEntrySatisfying("dupliwatch/status", status -> assertThat(status).isEqualTo("online"))
                .anySatisfy((topic, state) -> assertThat(topic).startsWith("dupliwatch/" + NAS + "/").endsWith("/state")));
        assertThat(http.get("/webjars/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(Files.readString(log)).doesNotContain("ERROR");
        String loaded = Files.readString(classes);
        assertThat(loaded).as("Hibernate Validator is built on first use, not in every start")
                .contains("io.dupliwatch.DupliwatchApplication").doesNotContain("org.hibernate.validator");
        assertThat(loaded.contains("DupliwatchApplication__ApplicationContextInitializer"))
                .as("Spring AOT's code is used exactly when asked for").isEqualTo(aot);
    }

    /**
     * {@code ./dupliwatch} configured as a user does: PostgreSQL and the data directory by environment variables, the
     * port as an argument; with Spring AOT, the database chosen at run time must still be the one used.
     */
    @Test
    void theLauncherStartsItWithSpringAotAndAClassCacheOnTheDatabaseOfTheEnvironment() throws Exception {
        Map<String, Object> database = TestDatabases.newPostgresDatabase();
        int port = Ports.unused();
        Path log = dataDir.resolve("server.log");
        ProcessBuilder launcher = new ProcessBuilder("./dupliwatch", "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        launcher.environment().put("DUPLIWATCH_JAR", JAR.toAbsolutePath().toString());
        launcher.environment().put("DUPLIWATCH_DATA_DIR", dataDir.toString());
        launcher.environment().put("DUPLIWATCH_DB_URL", (String) database.get("dupliwatch.datasource.url"));
        launcher.environment().put("DUPLIWATCH_DB_USERNAME", (String) database.get("dupliwatch.datasource.username"));
        Path classes = dataDir.resolve("classes.log");
        launcher.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes);
        server = launcher.start();
        Http http = new Http(port);

        // the first start after a build makes the class cache first
        awaitHealthy(http, log, Duration.ofSeconds(240));

        assertThat(server.info().commandLine()).hasValueSatisfying(command -> assertThat(command)
                .as("the launcher execs java with Spring AOT and a class cache")
                .contains("-Dspring.aot.enabled=true", "-XX:+UseSerialGC")
                .containsAnyOf("-XX:AOTCache=", "-XX:SharedArchiveFile="));
        assertThat(Files.readString(classes)).as("the JVM accepted the class cache (it silently ignores one that does not fit)")
                .containsPattern("io\\.dupliwatch\\.DupliwatchApplication source: shared objects file");
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

    private void awaitHealthy(Http http, Path log, Duration timeout) throws Exception {
        try {
            await("/api/health 200").atMost(timeout).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> assertThat(server.isAlive()).as("the server exited:%n%s", Files.readString(log)).isTrue())
                    // the port opens late in the start
                    .ignoreExceptionsInstanceOf(RuntimeException.class)
                    .until(() -> http.get("/api/health").status() == 200);
        }
        catch (ConditionTimeoutException e) {
            throw new AssertionError("no /api/health 200 within " + timeout + ":\n" + Files.readString(log), e);
        }
    }
}
