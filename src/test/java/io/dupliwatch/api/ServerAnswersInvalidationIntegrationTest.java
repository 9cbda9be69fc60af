package io.dupliwatch.api;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.report.RunPruner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/lastbackup(s)/:id} are kept serialized per server version: each write that changes what they say
 * shows in the very next answer. Each test reads both answers first (so that they are kept), writes, reads again.
 * Collected and imported runs: {@code CollectIntegrationTest}, {@code DuplistatusImportIntegrationTest}.
 */
class ServerAnswersInvalidationIntegrationTest extends ServerTestBase {

    static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";
    static final String OLD_NAS = "0ld1d0f7h3s4m3m4ch1n3";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RunPruner pruner;

    @BeforeEach
    void twoRunsOfTheNas() {
        upload(NAS, "nas01", "NAS Documents", "2026-08-09T00:00:00Z");
        upload(NAS, "nas01", "NAS Documents", "2026-08-10T00:00:00Z");
        readBoth(NAS);
    }

    @Test
    void anUploadShowsAtOnce() {
        upload(NAS, "nas01", "NAS Documents", "2026-08-11T00:00:00Z");

        assertThat(lastBackup(NAS).path("latest_backup").path("date").stringValue()).isEqualTo("2026-08-11T00:00:00.000Z");
        assertThat(lastBackups(NAS).path("latest_backups").get(0).path("date").stringValue())
                .isEqualTo("2026-08-11T00:00:00.000Z");
    }

    @Test
    void aNewJobShowsAtOnce() {
        upload(NAS, "nas01", "NAS Photos", "2026-08-10T06:00:00Z");

        assertThat(lastBackups(NAS).path("backup_jobs_count").asInt()).isEqualTo(2);
        assertThat(lastBackup(NAS).path("server").path("backup_name").stringValue()).isEqualTo("NAS Photos");
    }

    @Test
    void aRenameShowsAtOnce() {
        upload(NAS, "nas02", "NAS Documents", "2026-08-08T00:00:00Z");

        assertThat(lastBackup(NAS).path("server").path("name").stringValue()).isEqualTo("nas02");
        assertThat(lastBackups(NAS).path("server").path("name").stringValue()).isEqualTo("nas02");
    }

    @Test
    void aMergeShowsAtOnceOnTheTarget() {
        upload(OLD_NAS, "nas01", "NAS Archive", "2026-08-10T03:00:00Z");
        readBoth(OLD_NAS);

        assertThat(admin.post("/api/servers/" + OLD_NAS + "/merge-into/" + NAS, null, new byte[0]).status()).isEqualTo(200);

        assertThat(lastBackups(NAS).path("backup_jobs_count").asInt()).isEqualTo(2);
        assertThat(lastBackup(NAS).path("latest_backup").path("name").stringValue()).isEqualTo("NAS Archive");
        assertThat(http.get("/api/lastbackup/" + OLD_NAS).status()).isEqualTo(404);
    }

    @Test
    void archivingChangesNothingTheApiSays() {
        String before = http.get("/api/lastbackups/" + NAS).body();

        assertThat(admin.post("/api/servers/" + NAS + "/archive", null, new byte[0]).status()).isEqualTo(200);

        assertThat(http.get("/api/lastbackups/" + NAS).body()).isEqualTo(before);
    }

    @Test
    void deletingAJobShowsAtOnce() {
        long job = jdbc.sql("SELECT id FROM jobs WHERE server_id = :id").param("id", NAS).query(Long.class).single();

        assertThat(delete("/api/jobs/" + job).status()).isEqualTo(204);

        assertThat(lastBackup(NAS).path("latest_backup").isNull()).isTrue();
        assertThat(lastBackups(NAS).path("backup_jobs_count").asInt()).isZero();
    }

    @Test
    void deletingTheServerShowsAtOnce() {
        assertThat(delete("/api/servers/" + NAS).status()).isEqualTo(204);

        assertThat(http.get("/api/lastbackup/" + NAS).status()).isEqualTo(404);
        assertThat(http.get("/api/lastbackups/nas01").status()).isEqualTo(404);
    }

    @Test
    void retentionKeepsTheAnswersRight() {
        assertThat(pruner.prune(Instant.parse("2026-08-09T12:00:00Z"), 0)).isEqualTo(1);

        // the newest run stays: the answer is the same run, and a later upload still shows
        assertThat(lastBackup(NAS).path("latest_backup").path("date").stringValue()).isEqualTo("2026-08-10T00:00:00.000Z");
        upload(NAS, "nas01", "NAS Documents", "2026-08-12T00:00:00Z");
        assertThat(lastBackup(NAS).path("latest_backup").path("date").stringValue()).isEqualTo("2026-08-12T00:00:00.000Z");
    }

    @Test
    void aServerAddressedByNameIsTheSameAnswerAndFollowsItsWrites() {
        assertThat(http.get("/api/lastbackup/nas01").body()).isEqualTo(http.get("/api/lastbackup/" + NAS).body());

        upload(NAS, "nas01", "NAS Documents", "2026-08-11T00:00:00Z");

        assertThat(JSON.readTree(http.get("/api/lastbackup/nas01").body()).path("latest_backup").path("date")
                .stringValue()).isEqualTo("2026-08-11T00:00:00.000Z");
    }

    private void readBoth(String serverId) {
        assertThat(http.get("/api/lastbackup/" + serverId).status()).isEqualTo(200);
        assertThat(http.get("/api/lastbackups/" + serverId).status()).isEqualTo(200);
    }

    private JsonNode lastBackup(String serverId) {
        Http.Reply reply = http.get("/api/lastbackup/" + serverId);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Cache-Control")).contains("no-store");
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
        return reply.json();
    }

    private JsonNode lastBackups(String serverId) {
        Http.Reply reply = http.get("/api/lastbackups/" + serverId);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private void upload(String machineId, String machineName, String backupName, String beginTime) {
        ObjectNode report = (ObjectNode) JSON.readTree(Samples.text("duplicati/backup-success.json"));
        ((ObjectNode) report.get("Extra")).put("machine-id", machineId).put("machine-name", machineName)
                .put("backup-name", backupName);
        ((ObjectNode) report.get("Data")).put("BeginTime", beginTime);
        Http.Reply reply = http.upload(JSON.writeValueAsString(report));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private Http.Reply delete(String path) {
        return admin.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).DELETE());
    }
}
