package io.dupliwatch.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.security.Accounts;
import io.dupliwatch.security.Role;
import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Reports;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A viewer exports more than 50 MB of runs through the web session while Duplicati servers upload and people sign
 * in. Nothing may wait for the export, the export must be complete, and the server must stay healthy afterwards.
 */
@IntegrationTest
class RunExportUnderLoadIntegrationTest {

    private static final String PASSWORD = "correct horse battery staple";
    /** Each run's server name is this long, so that some 60,000 runs make more than 50 MB of JSON. */
    private static final int SERVER_NAME_LENGTH = 500;
    private static final int RUNS = 62_000;
    private static final int UPLOADS = 12;
    private static final int LOGINS = 12;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        accounts.create("vera", Role.VIEWER, PASSWORD, false);
        accounts.create("olga", Role.VIEWER, PASSWORD, false);
        jdbc.sql("INSERT INTO servers (id, name, created_at) VALUES ('bulk', :name, 0)")
                .param("name", "N".repeat(SERVER_NAME_LENGTH)).update();
        jdbc.sql("INSERT INTO jobs (server_id, backup_name, created_at) VALUES ('bulk', 'Bulk job', 0)").update();
        long jobId = jdbc.sql("SELECT id FROM jobs WHERE server_id = 'bulk'").query(Long.class).single();
        int inserted = jdbc.sql("""
                INSERT INTO runs (job_id, server_id, source, received_at, status, parsed_result, main_operation,
                                  begin_time, end_time, duration_seconds, examined_files, uploaded_size)
                WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < :count)
                SELECT :job, 'bulk', 'PUSH', 1700000000000 + i * 60000, 'Success', 'Success', 'Backup',
                       1700000000000 + i * 60000, 1700000000000 + i * 60000 + 5000, 5.0, i, i * 1000
                  FROM n
                """).param("count", RUNS).param("job", jobId).update();
        assertThat(inserted).isEqualTo(RUNS);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void aLargeJsonExportWithASessionBlocksNeitherUploadsNorLoginsAndIsComplete() {
        Http.Reply reply = exportWhileOthersUploadAndSignIn("json");

        JsonNode runs = reply.json();
        assertThat(reply.body().length()).isGreaterThan(50_000_000);
        assertThat(runs.size()).isEqualTo(RUNS);
        assertThat(runs.get(RUNS - 1).get("examinedFiles").asLong()).isEqualTo(RUNS);
    }

    @Test
    void aLargeCsvExportWithASessionBlocksNeitherUploadsNorLoginsAndIsComplete() {
        Http.Reply reply = exportWhileOthersUploadAndSignIn("csv");

        List<String> lines = reply.body().lines().toList();
        assertThat(lines.size()).isEqualTo(RUNS + 1);
        assertThat(lines.get(RUNS)).contains("," + RUNS + ",");
    }

    /**
     * A viewer signed in with a session exports the bulk server's runs while others upload and sign in; all of
     * them must be done within the bound, successfully, and the server must stay healthy. Returns the export.
     */
    private Http.Reply exportWhileOthersUploadAndSignIn(String format) {
        Http vera = new Http(port).login("vera", PASSWORD);

        CompletableFuture<Http.Reply> export = async(() -> vera.get("/api/export/runs?format=" + format + "&server=bulk"));
        List<CompletableFuture<Http.Reply>> others = uploadsAndLogins();

        await().atMost(Duration.ofSeconds(90)).until(() -> export.isDone() && others.stream().allMatch(CompletableFuture::isDone));
        Http.Reply reply = export.join();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Length")).isEqualTo(String.valueOf(reply.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        assertEveryUploadAndLoginSucceeded(others);
        assertTheServerStaysHealthy();
        return reply;
    }

    /** Uploads (of other servers, so that they are not part of the export) and logins while the export runs. */
    private List<CompletableFuture<Http.Reply>> uploadsAndLogins() {
        List<CompletableFuture<Http.Reply>> others = new ArrayList<>();
        Instant start = Instant.parse("2026-09-01T10:00:00Z");
        for (int i = 0; i < Math.max(UPLOADS, LOGINS); i++) {
            if (i < UPLOADS) {
                String report = Reports.backup("Success").server("machine-" + i, "Machine " + i)
                        .started(start.plusSeconds(i * 3600L), Duration.ofMinutes(2)).json();
                others.add(async(() -> new Http(port).upload(report)));
            }
            if (i < LOGINS) {
                others.add(async(() -> new Http(port).browser().submitLogin("olga", PASSWORD)));
            }
        }
        return others;
    }

    private static void assertEveryUploadAndLoginSucceeded(List<CompletableFuture<Http.Reply>> others) {
        for (CompletableFuture<Http.Reply> other : others) {
            Http.Reply reply = other.join();
            if (reply.response().request().uri().getPath().equals("/api/upload")) {
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            }
            else {
                assertThat(reply.status()).isEqualTo(302);
                assertThat(reply.header("Location")).doesNotContain("/login");
            }
        }
    }

    /** No pooled connection was left broken: every later login and upload works. */
    private void assertTheServerStaysHealthy() {
        for (int i = 0; i < 10; i++) {
            Http.Reply login = new Http(port).browser().submitLogin("olga", PASSWORD);
            assertThat(login.status()).isEqualTo(302);
            assertThat(login.header("Location")).doesNotContain("/login");
        }
        String report = Reports.backup("Warning").server("machine-after", "After")
                .started(Instant.parse("2026-10-01T10:00:00Z"), Duration.ofMinutes(2)).json();
        assertThat(new Http(port).upload(report).status()).isEqualTo(200);
    }

    private CompletableFuture<Http.Reply> async(Supplier<Http.Reply> request) {
        return CompletableFuture.supplyAsync(request, pool);
    }
}
