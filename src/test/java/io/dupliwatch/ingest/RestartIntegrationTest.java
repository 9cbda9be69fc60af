package io.dupliwatch.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabases;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class RestartIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void runsAreFoundAgainAfterARestartOnTheSameDataDirectory() {
        assumeFalse(TestDatabases.postgres(), "restart on the same data directory is the SQLite case");
        try (ConfigurableApplicationContext first = start()) {
            Http http = http(first);
            assertThat(http.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
            assertThat(http.upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext second = start()) {
            Http http = http(second);
            assertThat(http.get("/api/summary").json().path("totalBackupsRuns").longValue()).isEqualTo(2);
            assertThat(http.get("/api/lastbackup/nas01").json().path("latest_backup").path("status").stringValue())
                    .isEqualTo("Success");
            assertThat(http.upload(Samples.bytes("duplicati/backup-success.json")).status())
                    .as("the duplicate rule survives the restart").isEqualTo(409);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DupliwatchApplication.class)
                .run(TestDatabases.commandLine("server.port=0", "dupliwatch.data-dir=" + dataDir));
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
