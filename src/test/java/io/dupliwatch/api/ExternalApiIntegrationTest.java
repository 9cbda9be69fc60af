package io.dupliwatch.api;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalApiIntegrationTest extends ServerTestBase {

    @Test
    void emptySummaryHasNullSecondsSinceLastBackup() {
        JsonNode summary = http.get("/api/summary").json();

        assertThat(summary.path("totalServers").longValue()).isZero();
        assertThat(summary.has("secondsSinceLastBackup")).isTrue();
        assertThat(summary.path("secondsSinceLastBackup").isNull()).isTrue();
    }

    @Test
    void aRunLongerThanADayShowsTotalHours() {
        http.upload(Samples.text("duplicati/backup-success.json").replace("\"Duration\":\"00:04:37.2084617\"",
                "\"Duration\":\"1.04:12:33.5018266\""));

        JsonNode backup = http.get("/api/lastbackup/nas01").json().path("latest_backup");

        assertThat(backup.path("duration").stringValue()).isEqualTo("28:12:33");
        assertThat(backup.path("duration_seconds").doubleValue()).isEqualTo(101553.5018266);
        assertThat(backup.path("durationInMinutes").doubleValue()).isEqualTo(101553.5018266 / 60);
    }

    @Test
    void aNameSharedByTwoServersIsAmbiguous() {
        http.upload(Samples.text("duplicati/backup-success.json"));
        http.upload(Samples.text("duplicati/backup-success.json").replace("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3", "other-machine"));

        Http.Reply reply = http.get("/api/lastbackups/nas01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("duplicate_servers")).hasSize(2);
        assertThat(reply.json().path("duplicate_servers").path(0).path("id").stringValue()).isEqualTo("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3");
        assertThat(http.get("/api/lastbackups/other-machine").status()).as("the id still works").isEqualTo(200);
    }

    @Test
    void aUrlEncodedNameIsDecoded() {
        http.upload(Samples.text("duplicati/backup-success.json").replace("\"machine-name\":\"nas01\"",
                "\"machine-name\":\"café ñandú\""));

        Http.Reply reply = http.get("/api/lastbackup/caf%C3%A9%20%C3%B1and%C3%BA");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("server").path("name").stringValue()).isEqualTo("café ñandú");
    }

    @Test
    void invalidPercentEncodingIs400Json() {
        var reply = http.rawGet("/api/lastbackup/%ZZ");

        assertThat(reply.getKey()).isEqualTo(400);
        assertThat(reply.getValue()).contains("\"error\":\"Bad Request\"").contains("\"status\":400")
                .contains("\"instance\":\"/api/lastbackup/%ZZ\"");
    }

    @Test
    void aKnownServerWithoutRunsHasNullLatestBackup() {
        jdbc.sql("INSERT INTO servers (id, name, created_at) VALUES ('empty-one', 'empty', 0)").update();

        JsonNode body = http.get("/api/lastbackup/empty").json();
        JsonNode all = http.get("/api/lastbackups/empty").json();

        assertThat(body.has("latest_backup")).isTrue();
        assertThat(body.path("latest_backup").isNull()).isTrue();
        assertThat(all.path("latest_backups")).isEmpty();
        assertThat(all.path("backup_jobs_count").intValue()).isZero();
    }

    @Test
    void unknownRoutesAndMethodsAnswerJson() {
        assertThat(http.get("/api/nothing-here").json().path("error").isString()).isTrue();
        // Anonymous writes are refused (401) before routing; with a token, the wrong method is the answer.
        Http.Reply wrongMethod = admin.post("/api/summary", "application/json", "{}".getBytes());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().path("error").isString()).isTrue();
    }
}
