package io.dupliwatch.export;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RunExportIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        http = new Http(port).asAdmin();
        for (String sample : List.of("backup-error.json", "backup-success.json", "backup-warning.json")) {
            assertThat(http.upload(Samples.bytes("duplicati/" + sample)).status()).isEqualTo(200);
        }
    }

    @Test
    void csvHasAHeaderAndOneLinePerRunOldestFirst() {
        Http.Reply reply = http.get("/api/export/runs?format=csv");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("text/csv");
        assertThat(reply.header("Content-Disposition")).matches("attachment; filename=\"dupliwatch-runs-\\d{8}-\\d{6}\\.csv\"");
        List<String> lines = reply.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", RunCsv.COLUMNS));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).contains(",NAS Documents,", ",Success,", ",2026-08-10T00:00:00.416Z,", ",PUSH,");
        assertThat(lines.get(2)).contains(",Laptop - User profile,", ",Warning,");
        assertThat(lines.get(3)).contains(",Postgres dumps,", ",Error,");
        assertThat(reply.body()).contains("\r\n");
    }

    @Test
    void jsonIsAnArrayOfRunsWithTheSameFields() {
        Http.Reply reply = http.get("/api/export/runs?format=json");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode runs = reply.json();
        assertThat(runs.isArray()).isTrue();
        assertThat(runs.size()).isEqualTo(3);
        JsonNode first = runs.get(0);
        assertThat(first.propertyNames()).containsExactlyElementsOf(RunCsv.COLUMNS);
        assertThat(first.get("backupName").stringValue()).isEqualTo("NAS Documents");
        assertThat(first.get("beginTime").stringValue()).isEqualTo("2026-08-10T00:00:00.416Z");
        assertThat(first.get("uploadedSize").asLong()).isEqualTo(54_326_403L);
    }

    @Test
    void filtersByServerNameJobAndWholeDays() {
        assertThat(http.get("/api/export/runs?format=json&server=nas01").json().size()).isEqualTo(1);
        assertThat(http.get("/api/export/runs?format=json&job=Postgres%20dumps").json().size()).isEqualTo(1);
        assertThat(http.get("/api/export/runs?format=json&from=2026-08-11").json().size()).isEqualTo(2);
        assertThat(http.get("/api/export/runs?format=json&to=2026-08-11").json().size()).isEqualTo(2);
        assertThat(http.get("/api/export/runs?format=json&from=2026-08-11&to=2026-08-11").json().get(0)
                .get("backupName").stringValue()).isEqualTo("Laptop - User profile");
        assertThat(http.get("/api/export/runs?format=json&to=2026-08-10T00:00:00.416Z").json().size()).isEqualTo(1);
    }

    @Test
    void aMachineNameThatASpreadsheetWouldRunAsAFormulaIsDefusedInCsvAndKeptInJson() {
        String formula = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        String report = Samples.text("duplicati/backup-success.json").replace("\"machine-name\":\"nas01\"",
                "\"machine-name\":\"" + formula.replace("\"", "\\\"") + "\"")
                .replace("\"machine-id\":\"", "\"machine-id\":\"formula-");
        assertThat(http.upload(report).status()).isEqualTo(200);

        String csv = http.get("/api/export/runs?format=csv").body();
        JsonNode json = http.get("/api/export/runs?format=json").json();

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(json.findValuesAsString("serverName")).contains(formula);
    }

    @Test
    void badParametersAre400NamingTheField() {
        Http.Reply format = http.get("/api/export/runs?format=xml");
        Http.Reply from = http.get("/api/export/runs?from=yesterday");

        assertThat(format.status()).isEqualTo(400);
        assertThat(format.json().get("field").stringValue()).isEqualTo("format");
        assertThat(format.json().get("error").stringValue()).contains("csv or json");
        assertThat(from.status()).isEqualTo(400);
        assertThat(from.json().get("field").stringValue()).isEqualTo("from");
    }

    @Test
    void anUnknownServerIs404() {
        Http.Reply reply = http.get("/api/export/runs?server=nope");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").stringValue()).isEqualTo("Server not found");
    }
}
