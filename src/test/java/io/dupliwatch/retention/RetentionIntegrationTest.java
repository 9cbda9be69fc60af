package io.dupliwatch.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.cluster.ClusterLock;
import io.dupliwatch.report.RunPruner;
import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RetentionIntegrationTest {

    static final String NAS = "duplicati/backup-success.json";
    static final String LAPTOP = "duplicati/backup-warning.json";
    static final String VERIFICATION = "duplicati/test-verify.json";
    static final long NAS_UPLOADED = 54_326_403L;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunPruner pruner;

    @Autowired
    ClusterLock clusterLock;

    @Autowired
    Clock clock;

    Instant now;
    Http http;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        http = new Http(port);
        now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    @Test
    void maxRunsPerJobKeepsTheNewestRunsOfEachJobAndRecountsItsTotals() {
        for (int daysAgo : List.of(4, 3, 2, 1)) {
            upload(NAS, daysAgo);
        }
        upload(LAPTOP, 9);

        long deleted = retention(0, 2).apply();

        assertThat(deleted).isEqualTo(2);
        assertThat(beginTimes("NAS Documents")).containsExactly(daysAgo(2), daysAgo(1));
        assertThat(beginTimes("Laptop - User profile")).containsExactly(daysAgo(9));
        assertThat(jdbc.sql("SELECT run_count FROM jobs WHERE backup_name = 'NAS Documents'").query(Long.class).single())
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT uploaded_total FROM jobs WHERE backup_name = 'NAS Documents'").query(Long.class).single())
                .isEqualTo(2 * NAS_UPLOADED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM run_logs").query(Long.class).single()).isEqualTo(3);
        assertThat(summary().get("totalBackupsRuns").asLong()).isEqualTo(3);
    }

    @Test
    void maxAgeDaysDeletesOlderRunsButNeverAJobsNewestRun() {
        for (int daysAgo : List.of(10, 5, 1)) {
            upload(NAS, daysAgo);
        }
        upload(LAPTOP, 10);
        upload(LAPTOP, 8);

        retention(3, 0).apply();

        assertThat(beginTimes("NAS Documents")).containsExactly(daysAgo(1));
        assertThat(beginTimes("Laptop - User profile")).containsExactly(daysAgo(8));
        assertThat(jdbc.sql("SELECT latest_begin_time FROM jobs WHERE backup_name = 'Laptop - User profile'")
                .query(Long.class).single()).isEqualTo(daysAgo(8));
    }

    @Test
    void theDefaultKeepsEverything() {
        upload(NAS, 400);
        upload(NAS, 1);

        retention(0, 0).applyDaily();

        assertThat(beginTimes("NAS Documents")).hasSize(2);
    }

    @Test
    void aPrunedJobStillCountsNewUploadsCorrectly() {
        for (int daysAgo : List.of(3, 2, 1)) {
            upload(NAS, daysAgo);
        }
        retention(0, 1).apply();

        upload(NAS, 0);

        assertThat(jdbc.sql("SELECT run_count FROM jobs").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT latest_begin_time FROM jobs").query(Long.class).single()).isEqualTo(daysAgo(0));
    }

    @Test
    void maxAgeDaysDeletesOldOperationRunsButKeepsEachOperationsNewestAndNewestSuccessfulRun() {
        upload(NAS, 1);
        uploadVerification(10, "Success");
        uploadVerification(8, "Success");
        uploadVerification(6, "Error");
        uploadVerification(4, "Error");
        uploadVerification(2, "Error");

        long deleted = retention(3, 0).apply();

        assertThat(deleted).isEqualTo(3);
        assertThat(operationBeginTimes("Test")).containsExactly(daysAgo(8), daysAgo(2));
        JsonNode verification = nasJob().get("operations").get("Test");
        assertThat(verification.get("last_status").stringValue()).isEqualTo("Error");
        assertThat(verification.get("last_run").stringValue()).isEqualTo(Instant.ofEpochMilli(daysAgo(2)).toString());
        assertThat(verification.get("last_success").stringValue()).isEqualTo(Instant.ofEpochMilli(daysAgo(8)).toString());
    }

    @Test
    void maxRunsPerJobCountsEachOperationOnItsOwnSoFrequentCompactsKeepTheRareRestore() {
        upload(NAS, 1);
        uploadOperation(VERIFICATION, "Test", 30, "Success");
        for (int daysAgo : List.of(5, 4, 3, 2)) {
            uploadOperation(VERIFICATION, "Compact", daysAgo, "Success");
        }

        long deleted = retention(0, 2).apply();

        assertThat(deleted).isEqualTo(2);
        assertThat(operationBeginTimes("Compact")).containsExactly(daysAgo(3), daysAgo(2));
        assertThat(operationBeginTimes("Test")).containsExactly(daysAgo(30));
        assertThat(beginTimes("NAS Documents")).containsExactly(daysAgo(1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM job_operations j JOIN operation_runs o ON o.id = j.last_run_id")
                .query(Long.class).single()).as("every newest run is still stored").isEqualTo(2);
    }

    private RetentionJob retention(int maxAgeDays, int maxRunsPerJob) {
        return new RetentionJob(new RetentionProperties(maxAgeDays, maxRunsPerJob, "0 30 3 * * *"), pruner,
                clusterLock, clock);
    }

    private void upload(String sample, int daysAgo) {
        ObjectNode report = (ObjectNode) JSON.readTree(Samples.text(sample));
        ((ObjectNode) report.get("Data")).put("BeginTime", Instant.ofEpochMilli(daysAgo(daysAgo)).toString());
        assertThat(http.upload(JSON.writeValueAsString(report)).status()).isEqualTo(200);
    }

    private void uploadVerification(int daysAgo, String result) {
        uploadOperation(VERIFICATION, "Test", daysAgo, result);
    }

    /** Uploads the sample as a run of {@code operation}: Duplicati sends every operation in the same shape. */
    private void uploadOperation(String sample, String operation, int daysAgo, String result) {
        ObjectNode report = (ObjectNode) JSON.readTree(Samples.text(sample));
        ObjectNode data = (ObjectNode) report.get("Data");
        data.put("MainOperation", operation);
        data.put("ParsedResult", result);
        data.put("BeginTime", Instant.ofEpochMilli(daysAgo(daysAgo)).toString());
        ((ObjectNode) report.get("Extra")).put("OperationName", operation);
        assertThat(http.upload(JSON.writeValueAsString(report)).status()).isEqualTo(200);
    }

    private List<Long> operationBeginTimes(String operation) {
        return jdbc.sql("SELECT begin_time FROM operation_runs WHERE operation = :operation ORDER BY begin_time")
                .param("operation", operation).query(Long.class).list();
    }

    private JsonNode nasJob() {
        for (JsonNode job : http.get("/api/jobs").json()) {
            if (job.get("job").stringValue().equals("NAS Documents")) {
                return job;
            }
        }
        throw new AssertionError("NAS Documents not listed");
    }

    private long daysAgo(int days) {
        return now.minus(Duration.ofDays(days)).toEpochMilli();
    }

    private List<Long> beginTimes(String backupName) {
        return jdbc.sql("""
                SELECT r.begin_time FROM runs r JOIN jobs j ON j.id = r.job_id
                 WHERE j.backup_name = :name ORDER BY r.begin_time
                """).param("name", backupName).query(Long.class).list();
    }

    private JsonNode summary() {
        return http.get("/api/summary").json();
    }
}
