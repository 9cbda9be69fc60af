package io.dupliwatch.api;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.TestDatabases;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

class HealthIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void healthyWhileTheDatabaseAnswersAnd503OnceItIsGone() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DupliwatchApplication.class)
                .run(TestDatabases.commandLine("server.port=0", "dupliwatch.data-dir=" + dataDir))) {
            Http http = new Http(((WebServerApplicationContext) context).getWebServer().getPort());

            Http.Reply healthy = http.get("/api/health");
            assertThat(healthy.status()).isEqualTo(200);
            assertThat(healthy.json().path("status").stringValue()).isEqualTo("healthy");
            assertThat(healthy.json().has("tables")).isFalse();

            context.getBean(HikariDataSource.class).close();

            Http.Reply gone = http.get("/api/health");
            assertThat(gone.status()).isEqualTo(503);
            JsonNode body = gone.json();
            assertThat(body.path("status").stringValue()).isEqualTo("unhealthy");
            assertThat(body.path("error").stringValue()).isEqualTo("Database connection failed");
        }
    }
}
