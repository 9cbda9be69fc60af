package io.dupliwatch.ingest;

import org.junit.jupiter.api.Test;

import io.dupliwatch.report.ReportIdentity;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, Duplicati 2.0.x: the real 2.0.7.1 report (no machine-id, machine-name nor backup-id) sent to
 * {@code /api/upload?machine-name=nas01}, as the documentation tells 2.0.x users, from the upload to every place
 * a user looks, and beside the ingest secret in the same URL.
 */
class Duplicati20xUploadIntegrationTest extends ServerTestBase {

    static final String REPORT = "duplicati/real-2.0.7.1-backup-success.wchorski-duplicati-dashboard.json";
    static final String SERVER_ID = ReportIdentity.derivedId("nas01");

    @Test
    void theReportShowsOnTheDashboardTheServerPageAndApiJobs() {
        assertThat(upload("/api/upload?machine-name=nas01").status()).isEqualTo(200);

        JsonNode job = admin.get("/api/jobs").json().get(0);
        assertThat(job.get("server_id").stringValue()).isEqualTo(SERVER_ID);
        assertThat(job.get("server_name").stringValue()).isEqualTo("nas01");
        assertThat(job.get("job").stringValue()).isEqualTo("backup2");
        assertThat(job.get("last_status").stringValue()).isEqualTo("Success");
        assertThat(job.get("operations").get("Backup").get("last_status").stringValue()).isEqualTo("Success");

        assertThat(signedIn().get("/").body()).contains("nas01", "backup2");
        Http.Reply serverPage = signedIn().get("/servers/" + SERVER_ID);
        assertThat(serverPage.status()).isEqualTo(200);
        assertThat(serverPage.body()).contains("nas01", "backup2", "history-table");
    }

    @Test
    void theMachineNameWorksBesideTheIngestSecretInTheSameUrl() {
        assertThat(upload("/api/upload?machine-name=nas01").status()).isEqualTo(200);
        Http.Reply created = admin.postJson("/api/ingest-secrets/" + SERVER_ID, "");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").stringValue();
        String newer = Samples.text(REPORT).replace("2023-09-06T15:36:09", "2024-09-06T15:36:09");

        assertThat(http.post("/api/upload?machine-name=nas01", "application/json", newer.getBytes()).status())
                .as("the secret is checked under the id derived from the name in the URL").isEqualTo(403);
        assertThat(http.post("/api/upload?machine-name=nas01&secret=dws_wrong", "application/json",
                newer.getBytes()).status()).isEqualTo(403);
        assertThat(http.post("/api/upload?secret=" + secret + "&machine-name=nas01", "application/json",
                newer.getBytes()).status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM runs WHERE server_id = :id").param("id", SERVER_ID)
                .query(Long.class).single()).isEqualTo(2);
    }

    private Http.Reply upload(String url) {
        return http.post(url, "application/json", Samples.bytes(REPORT));
    }
}
