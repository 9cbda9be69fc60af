package io.dupliwatch.archive;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ArchiveIntegrationTest {

    static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";
    static final String LAPTOP = "a8d2e61f0c3b4e7f9a15c2d8e4b07f31";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        http = new Http(port).asAdmin();
        http.upload(Samples.bytes("duplicati/backup-success.json"));
        http.upload(Samples.bytes("duplicati/backup-warning.json"));
    }

    @Nested
    class Archiving {

        @Test
        void anArchivedServerKeepsItsHistoryAndLeavesTheOverdueCount() {
            long overdueBefore = http.get("/api/summary").json().get("overdueBackupsCount").asLong();

            Http.Reply reply = post("/api/servers/" + NAS + "/archive");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("archived").booleanValue()).isTrue();
            assertThat(jdbc.sql("SELECT archived_at FROM servers WHERE id = :id").param("id", NAS)
                    .query(Long.class).single()).isPositive();
            assertThat(runsOf(NAS)).isEqualTo(1);
            assertThat(http.get("/api/lastbackup/" + NAS).status()).isEqualTo(200);
            assertThat(http.get("/api/summary").json().get("overdueBackupsCount").asLong()).isEqualTo(overdueBefore - 1);
        }

        @Test
        void anArchivedJobCanBeUnarchived() {
            long job = jobOf(LAPTOP);

            post("/api/jobs/" + job + "/archive");
            Http.Reply reply = post("/api/jobs/" + job + "/unarchive");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM jobs WHERE archived_at IS NOT NULL").query(Long.class).single())
                    .isZero();
        }

        @Test
        void aNewPushedRunBringsAnArchivedJobAndServerBack() {
            post("/api/servers/" + NAS + "/archive");
            post("/api/jobs/" + jobOf(NAS) + "/archive");

            String newer = Samples.text("duplicati/backup-success.json")
                    .replace("\"BeginTime\":\"2026-08-10T00:00:00.4169381Z\"", "\"BeginTime\":\"2026-08-11T00:00:00Z\"");
            assertThat(http.upload(newer).status()).isEqualTo(200);

            assertThat(jdbc.sql("SELECT COUNT(*) FROM servers WHERE archived_at IS NOT NULL").query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM jobs WHERE archived_at IS NOT NULL").query(Long.class).single())
                    .isZero();
        }

        @Test
        void unknownServerOrJobIs404WithAJsonError() {
            Http.Reply server = post("/api/servers/nope/archive");
            Http.Reply job = post("/api/jobs/999999/archive");

            assertThat(server.status()).isEqualTo(404);
            assertThat(server.json().get("error").stringValue()).isEqualTo("Server not found: nope");
            assertThat(job.status()).isEqualTo(404);
            assertThat(job.json().get("error").stringValue()).isEqualTo("Job not found: 999999");
        }
    }

    @Nested
    class Deleting {

        @Test
        void deletingAJobRemovesItsRunsAndKeepsTheServer() {
            Http.Reply reply = delete("/api/jobs/" + jobOf(NAS));

            assertThat(reply.status()).isEqualTo(204);
            assertThat(runsOf(NAS)).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM servers WHERE id = :id").param("id", NAS).query(Long.class).single())
                    .isEqualTo(1);
            assertThat(runsOf(LAPTOP)).isEqualTo(1);
        }

        @Test
        void archivingKeepsAJobsRestoresAndVerificationsAndDeletingRemovesThem() {
            assertThat(http.upload(Samples.bytes("duplicati/test-verify.json")).status()).isEqualTo(200);

            assertThat(post("/api/jobs/" + jobOf(NAS) + "/archive").status()).isEqualTo(200);
            assertThat(operationRows()).containsExactly(1L, 1L);

            assertThat(delete("/api/jobs/" + jobOf(NAS)).status()).isEqualTo(204);
            assertThat(operationRows()).containsExactly(0L, 0L);
        }

        @Test
        void deletingAServerRemovesItsJobsRunsAndLogs() {
            Http.Reply reply = delete("/api/servers/" + NAS);

            assertThat(reply.status()).isEqualTo(204);
            assertThat(http.get("/api/lastbackup/" + NAS).status()).isEqualTo(404);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM jobs WHERE server_id = :id").param("id", NAS).query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM run_logs").query(Long.class).single()).isEqualTo(1);
            assertThat(http.get("/api/summary").json().get("totalServers").asLong()).isEqualTo(1);
        }

        @Test
        void deletingTwiceIs404() {
            delete("/api/servers/" + NAS);

            assertThat(delete("/api/servers/" + NAS).status()).isEqualTo(404);
        }
    }

    private Http.Reply post(String path) {
        return http.post(path, null, new byte[0]);
    }

    private Http.Reply delete(String path) {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE());
    }

    private long jobOf(String serverId) {
        return jdbc.sql("SELECT id FROM jobs WHERE server_id = :id").param("id", serverId).query(Long.class).single();
    }

    /** How many operation runs and newest-run states ({@code job_operations}) are stored, of any job. */
    private List<Long> operationRows() {
        return Stream.of("operation_runs", "job_operations")
                .map(table -> jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).toList();
    }

    private long runsOf(String serverId) {
        return jdbc.sql("SELECT COUNT(*) FROM runs WHERE server_id = :id").param("id", serverId).query(Long.class).single();
    }
}
