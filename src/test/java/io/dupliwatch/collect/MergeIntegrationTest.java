package io.dupliwatch.collect;

import java.util.List;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import org.junit.jupiter.api.AfterEach;
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
        jdbc.sql("CREATE TABLE merge_test_job_setting (job_id BIGINT NOT NULL PRIMARY KEY, note TEXT NOT NULL)").update();
        jdbc.sql("""
                CREATE TABLE merge_test_server_setting (server_id TEXT NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
                                                        UNIQUE (server_id, kind))
                """).update();
        jdbc.sql("CREATE TABLE merge_test_delivery (job_id BIGINT NOT NULL, sent_at BIGINT NOT NULL)").update();
    }

    @AfterEach
    void dropStandIns() {
        for (String table : List.of("merge_test_job_setting", "merge_test_server_setting", "merge_test_delivery")) {
            jdbc.sql("DROP TABLE " + table).update();
        }
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
        setting("merge_test_job_setting", oldDocuments, "old documents: every weekday");
        setting("merge_test_job_setting", oldArchive, "old archive: weekly");
        serverSetting(OLD, "email", "old@example.com");
        serverSetting(OLD, "ntfy", "old-topic");
        serverSetting(NEW, "email", "new@example.com");
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
        // settings: moved where the target had none, the target's own kept on a collision
        assertThat(strings("SELECT job_id || '=' || note FROM merge_test_job_setting ORDER BY note"))
                .containsExactly(oldArchive + "=old archive: weekly", newDocuments + "=old documents: every weekday");
        assertThat(strings("SELECT server_id || ':' || kind || '=' || value FROM merge_test_server_setting ORDER BY kind"))
                .containsExactly(NEW + ":email=new@example.com", NEW + ":ntfy=old-topic");
        assertThat(strings("SELECT job_id || '@' || sent_at FROM merge_test_delivery ORDER BY sent_at"))
                .containsExactly(newDocuments + "@1", newDocuments + "@2", newDocuments + "@3");
        JsonNode documentsMonitoring = api.get("/api/monitoring/jobs/" + newDocuments).json();
        assertThat(documentsMonitoring.path("scheduleSource").stringValue())
                .as("the user's schedule beats the default the new identity got").isEqualTo("user");
        assertThat(documentsMonitoring.path("timeOfDay").stringValue()).isEqualTo("02:00");
        assertThat(documentsMonitoring.path("weekdays")).hasSize(5);
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

    void setting(String table, long jobId, String note) {
        jdbc.sql("INSERT INTO " + table + " (job_id, note) VALUES (:j, :n)").param("j", jobId).param("n", note).update();
    }

    void serverSetting(String serverId, String kind, String value) {
        jdbc.sql("INSERT INTO merge_test_server_setting (server_id, kind, value) VALUES (:s, :k, :v)")
                .param("s", serverId).param("k", kind).param("v", value).update();
    }

    void delivery(long jobId, long sentAt) {
        jdbc.sql("INSERT INTO merge_test_delivery (job_id, sent_at) VALUES (:j, :t)")
                .param("j", jobId).param("t", sentAt).update();
    }

    List<String> strings(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

}
