package io.dupliwatch.integrations.status;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.integrations.SampleReport;
import io.dupliwatch.report.Archive;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class StatusIntegrationTest extends ServerTestBase {

    static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";

    @Autowired
    Archive archive;

    Instant recent;

    @BeforeEach
    void setUp() {
        recent = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
    }

    @Nested
    class OneJob {

        @Test
        void aRecentSuccessIs200WithAFlatBody() {
            upload(SampleReport.of("backup-success.json").begin(recent));

            Http.Reply reply = http.get("/api/status/nas01/" + encode("NAS Documents"));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("Cache-Control")).contains("no-store");
            JsonNode body = reply.json();
            assertThat(body.get("status").stringValue()).isEqualTo("ok");
            assertThat(body.get("up").booleanValue()).isTrue();
            assertThat(body.get("reason").stringValue()).isEqualTo("Last backup succeeded at " + recent);
            assertThat(Instant.parse(body.get("last_run").stringValue())).isEqualTo(recent);
            assertThat(Instant.parse(body.get("next_expected").stringValue())).isEqualTo(recent.plus(1, ChronoUnit.DAYS));
            assertThat(body.get("overdue").booleanValue()).isFalse();
            assertThat(body.get("last_status").stringValue()).isEqualTo("Success");
            assertThat(body.properties()).filteredOn(field -> !List.of("operations", "untested").contains(field.getKey()))
                    .allSatisfy(field -> assertThat(field.getValue().isContainer()).as(field.getKey() + " is flat").isFalse());
            assertThat(body.get("operations").get("Backup").get("last_status").stringValue()).isEqualTo("Success");
            assertThat(body.get("untested").isEmpty()).isTrue();
            assertThat(body.get("reduced").booleanValue()).isFalse();
        }

        @Test
        void aRecentWarningIs200ByDefault() {
            upload(SampleReport.of("backup-warning.json").begin(recent));

            Http.Reply reply = http.get("/api/status/LAPTOP-7QK2M9/" + encode("Laptop - User profile"));

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("status").stringValue()).isEqualTo("warning");
            assertThat(reply.json().get("reason").stringValue()).contains("succeeded with 2 warnings");
        }

        @Test
        void aRecentFailureIs503() {
            upload(SampleReport.of("backup-error.json").begin(recent));

            Http.Reply reply = http.get("/api/status/db-backup-01/" + encode("Postgres dumps"));

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("status").stringValue()).isEqualTo("error");
            assertThat(reply.json().get("up").booleanValue()).isFalse();
            assertThat(reply.json().get("reason").stringValue()).isEqualTo("Last backup at " + recent + " failed (Error, 1 error)");
        }

        @Test
        void aSuccessTooLongAgoIsOverdueAnd503() {
            Instant old = recent.minus(3, ChronoUnit.DAYS);
            upload(SampleReport.of("backup-success.json").begin(old));

            Http.Reply reply = http.get("/api/status/" + NAS + "/" + encode("NAS Documents"));

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("status").stringValue()).isEqualTo("overdue");
            assertThat(reply.json().get("overdue").booleanValue()).isTrue();
            assertThat(reply.json().get("reason").stringValue())
                    .isEqualTo("Overdue: no backup since " + old + "; the next run was expected at " + old.plus(1, ChronoUnit.DAYS));
        }

        @Test
        void anUnknownJobIs404WithAJsonError() {
            upload(SampleReport.of("backup-success.json").begin(recent));

            Http.Reply reply = http.get("/api/status/nas01/" + encode("No such job"));

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).contains("json");
            assertThat(reply.json().get("error").stringValue()).isEqualTo("Job not found");
            assertThat(reply.json().get("message").stringValue()).contains("No such job");
        }

        @Test
        void anUnknownServerIs404WithAJsonError() {
            Http.Reply reply = http.get("/api/status/nowhere/" + encode("NAS Documents"));

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("error").stringValue()).isEqualTo("Server not found");
        }
    }

    @Nested
    @TestPropertySource(properties = "dupliwatch.status.warning-is-ok=false")
    class WarningsNotAccepted {

        @Test
        void aRecentWarningIs503() {
            upload(SampleReport.of("backup-warning.json").begin(recent));

            Http.Reply reply = http.get("/api/status/LAPTOP-7QK2M9/" + encode("Laptop - User profile"));

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.json().get("status").stringValue()).isEqualTo("warning");
            assertThat(reply.json().get("up").booleanValue()).isFalse();
        }

        @Test
        void aRecentSuccessIsStill200() {
            upload(SampleReport.of("backup-success.json").begin(recent));

            assertThat(http.get("/api/status/nas01/" + encode("NAS Documents")).status()).isEqualTo(200);
        }
    }

    @Nested
    class WholeServer {

        @Test
        void isUpWhenEveryJobIsUp() {
            upload(SampleReport.of("backup-success.json").begin(recent));
            upload(SampleReport.of("backup-warning.json").server(NAS, "nas01").begin(recent));

            Http.Reply reply = http.get("/api/status/nas01");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("status").stringValue()).isEqualTo("warning");
            assertThat(reply.json().get("reason").stringValue()).isEqualTo("All 2 jobs are up (1 with warnings)");
            assertThat(reply.json().get("jobs").intValue()).isEqualTo(2);
            assertThat(Instant.parse(reply.json().get("last_run").stringValue())).isEqualTo(recent);
        }

        @Test
        void isDownWithTheWorstStatusAndTheJobsToLookAt() {
            upload(SampleReport.of("backup-fatal.json").begin(recent));
            upload(SampleReport.of("backup-error.json").begin(recent.minus(3, ChronoUnit.DAYS)));
            upload(SampleReport.of("backup-success.json").server("c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d", "db-backup-01")
                    .begin(recent.minus(2, ChronoUnit.DAYS)));

            Http.Reply reply = http.get("/api/status/c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d");

            assertThat(reply.status()).isEqualTo(503);
            JsonNode body = reply.json();
            assertThat(body.get("status").stringValue()).isEqualTo("error");
            assertThat(body.get("reason").stringValue())
                    .isEqualTo("3 of 3 jobs need attention: Media library (error), NAS Documents (overdue), Postgres dumps (error)");
            assertThat(body.get("jobs_failed").intValue()).isEqualTo(2);
            assertThat(body.get("jobs_overdue").intValue()).isEqualTo(2);
            assertThat(body.get("jobs_up").intValue()).isZero();
        }

        @Test
        void anUnknownServerIs404() {
            assertThat(http.get("/api/status/nowhere").status()).isEqualTo(404);
        }
    }

    @Nested
    class JobList {

        @Test
        void listsEveryJobWithItsStateSizesAndVersions() {
            upload(SampleReport.of("backup-success.json").begin(recent));
            upload(SampleReport.of("backup-error.json"));
            upload(SampleReport.of("backup-fatal.json"));

            Http.Reply reply = http.get("/api/jobs");

            assertThat(reply.status()).isEqualTo(200);
            JsonNode jobs = reply.json();
            assertThat(jobs.isArray()).isTrue();
            assertThat(jobs.valueStream().map(job -> job.get("title").stringValue()))
                    .containsExactly("db-backup-01 / Media library", "db-backup-01 / Postgres dumps", "nas01 / NAS Documents");
            JsonNode nas = jobs.get(2);
            assertThat(nas.get("server_id").stringValue()).isEqualTo(NAS);
            assertThat(nas.get("server_alias").stringValue()).isEmpty();
            assertThat(nas.get("job").stringValue()).isEqualTo("NAS Documents");
            assertThat(nas.get("status").stringValue()).isEqualTo("ok");
            assertThat(nas.get("overdue").booleanValue()).isFalse();
            assertThat(nas.get("source_size_bytes").longValue()).isEqualTo(118530226177L);
            assertThat(nas.get("uploaded_bytes").longValue()).isEqualTo(54326403L);
            assertThat(nas.get("storage_used_bytes").longValue()).isEqualTo(61204338877L);
            assertThat(nas.get("versions").intValue()).isEqualTo(11);
            assertThat(nas.get("seconds_since_last_run").longValue()).isBetween(3590L, 3700L);
            JsonNode postgres = jobs.get(1);
            assertThat(postgres.get("status").stringValue()).isEqualTo("error");
            assertThat(postgres.get("overdue").booleanValue()).isTrue();
            assertThat(postgres.get("last_success").isNull()).isTrue();
        }

        @Test
        void leavesArchivedJobsOutButStillAnswersTheirStatusUrl() {
            upload(SampleReport.of("backup-success.json").begin(recent.minus(3, ChronoUnit.DAYS)));
            upload(SampleReport.of("backup-error.json").begin(recent));
            long nas = jdbc.sql("SELECT id FROM jobs WHERE backup_name = 'NAS Documents'").query(Long.class).single();

            assertThat(archive.archiveJob(nas)).isTrue();

            assertThat(http.get("/api/jobs").json().valueStream().map(job -> job.get("job").stringValue()))
                    .containsExactly("Postgres dumps");
            JsonNode retired = http.get("/api/status/nas01/" + encode("NAS Documents")).json();
            assertThat(retired.get("archived").booleanValue()).isTrue();
            assertThat(retired.get("overdue").booleanValue()).as("archived jobs are not expected any more").isFalse();
        }

        @Test
        void isAnEmptyArrayWithoutJobs() {
            assertThat(http.get("/api/jobs").body()).isEqualTo("[]");
        }
    }

    private void upload(SampleReport report) {
        assertThat(http.upload(report.json()).status()).isEqualTo(200);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
