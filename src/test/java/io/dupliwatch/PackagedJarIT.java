package io.dupliwatch;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar a user runs, started as {@code java -jar} after {@code package}: its class path is not the tests' (springdoc
 * and the test libraries are not in it), so a dependency missing at run time fails here and nowhere else.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "dupliwatch.jar");

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
    void startsOnAnEmptyDirectoryStoresAnUploadAndServesItsPagesAssets() throws Exception {
        int port = freePort();
        Path log = dataDir.resolve("server.log");
        Path classes = dataDir.resolve("classes.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + classes, "-jar", JAR.toString(), "--server.port=" + port, "--dupliwatch.data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Http http = new Http(port);

        awaitHealthy(http, log);

        assertThat(http.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
        assertThat(http.get("/api/summary").json().get("totalBackupsRuns").asInt()).isEqualTo(1);
        assertThat(http.get("/webjars/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(Files.readString(log)).doesNotContain("ERROR");
        assertThat(Files.readString(classes)).as("Hibernate Validator is built on first use, not in every start")
                .contains("io.dupliwatch.DupliwatchApplication").doesNotContain("org.hibernate.validator");
    }

    private void awaitHealthy(Http http, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("the server exited:%n%s", Files.readString(log)).isTrue();
            try {
                if (http.get("/api/health").status() == 200) {
                    return;
                }
            }
            catch (RuntimeException notListeningYet) {
                // the port opens late in the start
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no /api/health 200 within 90 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
