package io.dupliwatch.collect;

import java.util.List;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static io.dupliwatch.collect.CollectIntegrationTest.connection;
import static io.dupliwatch.collect.CollectIntegrationTest.pushedReport;
import static io.dupliwatch.collect.CollectIntegrationTest.sampleRow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Duplicati machine reinstalled: its old identity (OLD) holds history and settings, the new one (NEW, the id
 * its reports carry now) holds the newest runs. Monitoring and notification settings are checked through their
 * APIs; three stand-ins for tables of features yet to come prove the merge rule for rows it has no code for: a
 * per-job setting (one row per job), a per-server setting (one row per server and kind) and a per-job history
 * (any number of rows).
 */
class MergeIntegrationTest extends ServerTestBase {

    static final String OLD = "0ld1d0f7h3s4m3m4ch1n3";
    static final String NEW = DuplicatiStub.MACHINE_ID;

    CollectApi api;

    @BeforeEach
    void setUp() {
        api = new CollectApi(port);
    }

    @Test
    void theOldIdentityIsOfferedAndMergedIntoTheNewKeepingRunsAndSettings() {
        push("backup-1-log.page2.json", 1, OLD, "Documents");
        push("backup-1-log.page2.json", 2, OLD, "Documents");
        push("backup-1-log.page2.json", 3, OLD, "Documents");
        push("backup-2-log.page1.json", 1, OLD, "Archive");
        push("backup-1-log.page2.json", 3, NEW, "Documents");
        push("backup-1-log.page1.json", 13, NEW, "Documents");
        push("backup-2-log.page1.json", 3, NEW, "Photos");
        long oldDocuments = job(OLD, "Documents");
        long oldArchive = job(OLD, "Archive");
        long newDocuments = job(NEW, "Documents");
        heartbeat(oldDocuments, "old-documents.example.com");
        heartbeat(oldArchive, "old-archive.example.com");
        heartbeat(newDocuments, "new-documents.example.com");
        ingestSecret(OLD, "old secret");
        delivery(oldDocuments, 1);
        delivery(oldDocuments, 2);
        delivery(newDocuments, 3);
        assertThat(api.send("PUT", "/api/monitoring/jobs/" + oldDocuments,
                "{\"interval\":\"1D\",\"weekdays\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\"],\"timeOfDay\":\"02:00\"}")
                .status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/notifications/jobs/" + oldDocuments,
                "{\"filter\":\"errors\",\"extraRecipients\":{\"email\":[\"anna@example.com\"]}}").status())
                .isEqualTo(200);
        assertThat(api.send("PUT", "/api/notifications/servers/" + OLD,
                "{\"extraRecipients\":{\"ntfy\":[\"old-topic\"]}}").status()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/servers/" + OLD + "/connection",
                connection("192.168.1.20", "secret", false)).status()).isEqualTo(200);
        assertThat(api.send("PATCH", "/api/servers/" + OLD, "{\"timeZone\":\"Asia/Tokyo\"}").status()).isEqualTo(200);

        JsonNode candidates = api.get("/api/servers/merge-candidates").json();

        assertThat(candidates).hasSize(1);
        assertThat(candidates.get(0).path("sourceId").stringValue()).isEqualTo(OLD);
        assertThat(candidates.get(0).path("targetId").stringValue()).isEqualTo(NEW);
        assertThat(candidates.get(0).path("reason").stringValue()).isEqualTo("same-name");

        Http.Reply merged = api.send("POST", "/api/servers/" + OLD + "/merge-into/" + NEW, null);

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().path("jobsMoved").asInt()).isEqualTo(1);
        assertThat(merged.json().path("jobsMerged").asInt()).isEqualTo(1);
        assertThat(merged.json().path("runsMoved").asInt()).isEqualTo(2);
        // runs: the duplicate of row 3 is kept once, nothing else is lost
        assertThat(strings("SELECT id FROM servers")).containsExactly(NEW);
        assertThat(strings("""
                SELECT j.backup_name || ':' || j.run_count || ':' || (SELECT COUNT(*) FROM runs r WHERE r.job_id = j.id)
                  FROM jobs j WHERE j.server_id = '%s' ORDER BY j.backup_name""".formatted(NEW)))
                .containsExactly("Archive:1:1", "Documents:4:4", "Photos:1:1");
        assertThat(strings("SELECT DISTINCT server_id FROM runs")).containsExactly(NEW);
        assertThat(job(NEW, "Archive")).as("a moved job keeps its id").isEqualTo(oldArchive);
        assertThat(api.get("/api/lastbackups/" + NEW).json().path("backup_jobs_count").asInt()).isEqualTo(3);
        // each feature's rows: moved where the target had none, the target's own kept on a collision
        assertThat(strings("SELECT job_id || '=' || url_hint FROM job_heartbeats ORDER BY url_hint"))
                .containsExactly(newDocuments + "=new-documents.example.com", oldArchive + "=old-archive.example.com");
        assertThat(strings("SELECT server_id || '=' || secret_hash FROM ingest_secrets"))
                .containsExactly(NEW + "=old secret");
        assertThat(strings("SELECT job_id || '@' || attempted_at FROM notify_deliveries ORDER BY attempted_at"))
                .containsExactly(newDocuments + "@1", newDocuments + "@2", newDocuments + "@3");
        JsonNode documentsMonitoring = api.get("/api/monitoring/jobs/" + newDocuments).json();
        assertThat(documentsMonitoring.path("scheduleSource").stringValue())
                .as("the user's schedule beats the default the new identity got").isEqualTo("user");
        assertThat(documentsMonitoring.path("timeOfDay").stringValue()).isEqualTo("02:00");
        assertThat(documentsMonitoring.path("weekdays")).hasSize(5);
        assertThat(documentsMonitoring.path("timeZone").stringValue()).as("the zone the target had not").isEqualTo("Asia/Tokyo");
        JsonNode documentsNotifications = api.get("/api/notifications/jobs/" + newDocuments).json();
        assertThat(documentsNotifications.path("filter").stringValue()).isEqualTo("errors");
        assertThat(documentsNotifications.path("extraRecipients").path("email").toString())
                .isEqualTo("[\"anna@example.com\"]");
        assertThat(api.get("/api/notifications/servers/" + NEW).json().path("extraRecipients").path("ntfy").toString())
                .isEqualTo("[\"old-topic\"]");
        assertThat(api.get("/api/servers/" + NEW + "/connection").json().path("url").stringValue())
                .isEqualTo("192.168.1.20");
        assertThat(api.get("/api/servers/merge-candidates").json()).isEmpty();
    }

    @Test
    void aServerIsNotMergedIntoItselfOrIntoNothing() {
        push("backup-1-log.page1.json", 13, NEW, "Documents");

        Http.Reply itself = api.send("POST", "/api/servers/" + NEW + "/merge-into/" + NEW, null);
        Http.Reply nothing = api.send("POST", "/api/servers/" + NEW + "/merge-into/unknown", null);

        assertThat(itself.status()).isEqualTo(400);
        assertThat(itself.json().has("error")).isTrue();
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(strings("SELECT id FROM servers")).containsExactly(NEW);
    }

    void push(String page, long id, String machineId, String backupName) {
        Http.Reply reply = api.upload(pushedReport(sampleRow(page, id), machineId, backupName,
                "DB-1"));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    long job(String serverId, String backupName) {
        return jdbc.sql("SELECT id FROM jobs WHERE server_id = :s AND backup_name = :b")
                .param("s", serverId).param("b", backupName).query(Long.class).single();
    }

    void heartbeat(long jobId, String host) {
        jdbc.sql("""
                INSERT INTO job_heartbeats (job_id, url_secret, url_hint, kind, updated_at)
                VALUES (:j, 'sealed', :h, 'healthchecks', 0)
                """).param("j", jobId).param("h", host).update();
    }

    void ingestSecret(String serverId, String hash) {
        jdbc.sql("INSERT INTO ingest_secrets (server_id, secret_hash, created_at, created_by) VALUES (:s, :h, 0, 'test')")
                .param("s", serverId).param("h", hash).update();
    }

    void delivery(long jobId, long attemptedAt) {
        jdbc.sql("""
                INSERT INTO notify_deliveries (attempted_at, channel_id, channel_name, channel_kind, event, job_id, title,
                                               attempt, outcome, duration_ms)
                VALUES (:t, 1, 'Ops', 'webhook', 'error', :j, 'Backup failed', 1, 'delivered', 5)
                """).param("j", jobId).param("t", attemptedAt).update();
    }

    List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

}
