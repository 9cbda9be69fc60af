package io.dupliwatch.monitoring;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static io.dupliwatch.monitoring.MonitoringTestConfiguration.START;
import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring JSON API against a running server. Zone: Europe/Paris; now is 12:00 in Paris on 2026-08-20. */
@Import(MonitoringTestConfiguration.class)
@TestPropertySource(properties = "dupliwatch.time-zone=Europe/Paris")
class MonitoringApiIntegrationTest extends ServerTestBase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    MutableClock clock;

    @Autowired
    RecordedEvents events;

    @BeforeEach
    void startAtNoonInParis() {
        clock.set(START);
        events.clear();
    }

    @Nested
    class GlobalSettings {

        @Test
        void defaultsComeFromTheProperties() {
            JsonNode settings = ok(admin.get("/api/monitoring/settings"));

            assertThat(settings.get("tolerance").stringValue()).isEqualTo("2h");
            assertThat(settings.get("checkInterval").stringValue()).isEqualTo("0");
            assertThat(settings.get("timeZone").stringValue()).isEqualTo("Europe/Paris");
            assertThat(settings.get("reminderFrequency").stringValue()).isEqualTo("daily");
            assertThat(settings.get("lastCheckAt").isNull()).isTrue();
        }

        @Test
        void savedValuesWinAndNullReturnsToTheDefault() {
            JsonNode saved = ok(put("/api/monitoring/settings", """
                    {"tolerance":"30m","checkInterval":"10m","timeZone":"America/New_York","reminderFrequency":"weekly"}
                    """));
            JsonNode reset = ok(put("/api/monitoring/settings", """
                    {"tolerance":null,"checkInterval":"10m","timeZone":"America/New_York","reminderFrequency":"weekly"}
                    """));

            assertThat(saved.get("tolerance").stringValue()).isEqualTo("30m");
            assertThat(saved.get("reminderFrequency").stringValue()).isEqualTo("weekly");
            assertThat(reset.get("tolerance").stringValue()).isEqualTo("2h");
            assertThat(ok(admin.get("/api/monitoring/settings")).get("timeZone").stringValue()).isEqualTo("America/New_York");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "{\"tolerance\":\"2x\"}|tolerance|unknown unit 'x'",
                "{\"tolerance\":\"1M\"}|tolerance|no fixed length",
                "{\"checkInterval\":\"30s\"}|checkInterval|at least 1m",
                "{\"timeZone\":\"Mars/Olympus\"}|timeZone|Mars/Olympus",
                "{\"reminderFrequency\":\"hourly\"}|reminderFrequency|once, daily, weekly or monthly"
        })
        void invalidValueIs400NamingTheField(String body, String field, String message) {
            assertBadRequest(put("/api/monitoring/settings", body), field, message);
            assertThat(ok(admin.get("/api/monitoring/settings")).get("tolerance").stringValue()).isEqualTo("2h");
        }
    }

    @Nested
    class JobSettings {

        @Test
        void listsEveryJobWithItsState() {
            upload("Documents", "Success", paris("2026-08-19T02:00:05"));
            upload("Archive", "Success", paris("2026-08-20T02:00:05"));

            JsonNode jobs = ok(admin.get("/api/monitoring/jobs"));

            assertThat(jobs).hasSize(2);
            JsonNode archive = jobs.get(0);
            assertThat(archive.get("backupName").stringValue()).isEqualTo("Archive");
            assertThat(archive.get("serverName").stringValue()).isEqualTo(Reports.MACHINE_NAME);
            assertThat(archive.get("interval").stringValue()).isEqualTo("1D");
            assertThat(archive.get("weekdays")).hasSize(7);
            assertThat(archive.get("tolerance").stringValue()).isEqualTo("2h");
            assertThat(archive.get("toleranceInherited").booleanValue()).isTrue();
            assertThat(archive.get("scheduleSource").stringValue()).isEqualTo("default");
            assertThat(archive.get("nextExpectedAt").stringValue()).isEqualTo("2026-08-21T00:00:05Z");
            assertThat(archive.get("overdue").booleanValue()).isFalse();
            assertThat(jobs.get(1).get("overdue").booleanValue()).isTrue();
        }

        @Test
        void unknownJobIs404() {
            Http.Reply reply = admin.get("/api/monitoring/jobs/999");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("error").stringValue()).isEqualTo("Job 999 not found");
        }

        @Test
        void userScheduleIsSavedAndMovesTheNextExpectedRun() {
            long job = upload("Documents", "Success", paris("2026-08-20T11:40:00"));

            JsonNode saved = ok(put("/api/monitoring/jobs/" + job, """
                    {"enabled":true,"interval":"1D","weekdays":["MON","TUE","WED","THU","FRI"],
                     "timeOfDay":"02:00","tolerance":"45m"}
                    """));

            assertThat(saved.get("scheduleSource").stringValue()).isEqualTo("user");
            assertThat(saved.get("timeOfDay").stringValue()).isEqualTo("02:00");
            assertThat(saved.get("weekdays").toString())
                    .isEqualTo("[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"]");
            assertThat(saved.get("tolerance").stringValue()).isEqualTo("45m");
            assertThat(saved.get("toleranceInherited").booleanValue()).isFalse();
            assertThat(saved.get("nextExpectedAt").stringValue()).isEqualTo(paris("2026-08-21T02:00:00").toString());
            assertThat(ok(admin.get("/api/monitoring/jobs/" + job))).isEqualTo(saved);
        }

        @Test
        void windowIsSavedAndTheRunIsDueByItsEnd() {
            long job = upload("Documents", "Success", paris("2026-08-20T01:20:00"));

            JsonNode saved = ok(put("/api/monitoring/jobs/" + job, """
                    {"interval":"1D","window":{"start":"01:00","end":"06:00"}}
                    """));

            assertThat(saved.get("window").toString()).isEqualTo("{\"start\":\"01:00\",\"end\":\"06:00\"}");
            assertThat(saved.get("nextExpectedAt").stringValue()).isEqualTo(paris("2026-08-21T06:00:00").toString());
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "{\"interval\":\"1X\"}|interval|unknown unit 'X'",
                "{}|interval|Interval is empty",
                "{\"interval\":\"1D\",\"weekdays\":[\"MON\",\"Funday\"]}|weekdays|Unknown weekday 'Funday'",
                "{\"interval\":\"1D\",\"weekdays\":[]}|weekdays|At least one weekday",
                "{\"interval\":\"1D\",\"timeOfDay\":\"25:00\"}|timeOfDay|Invalid time '25:00'",
                "{\"interval\":\"1D\",\"window\":{\"start\":\"01:00\"}}|window.end|needs both a start and an end",
                "{\"interval\":\"1D\",\"window\":{\"start\":\"01:00\",\"end\":\"01:00\"}}|window|must differ",
                "{\"interval\":\"1D\",\"timeOfDay\":\"02:00\",\"window\":{\"start\":\"01:00\",\"end\":\"06:00\"}}|timeOfDay|not both",
                "{\"interval\":\"1D\",\"tolerance\":\"-1h\"}|tolerance|expected a number",
                "{\"jobId\":12345,\"interval\":\"1D\"}|jobId|does not match"
        })
        void invalidInputIs400NamingTheField(String body, String field, String message) {
            long job = upload("Documents", "Success", paris("2026-08-20T02:00:05"));

            assertBadRequest(put("/api/monitoring/jobs/" + job, body), field, message);
            assertThat(ok(admin.get("/api/monitoring/jobs/" + job)).get("scheduleSource").stringValue()).isEqualTo("default");
        }

        @Test
        void wrongJsonTypeIs400NamingTheField() {
            long job = upload("Documents", "Success", paris("2026-08-20T02:00:05"));

            assertBadRequest(put("/api/monitoring/jobs/" + job, "{\"interval\":\"1D\",\"enabled\":\"maybe\"}"),
                    "enabled", "wrong type");
            assertBadRequest(put("/api/monitoring/jobs", "[{\"jobId\":1},{\"jobId\":\"x\"}]"), "[1].jobId", "wrong type");
            Http.Reply malformed = put("/api/monitoring/jobs/" + job, "{\"interval\":");
            assertThat(malformed.status()).isEqualTo(400);
            assertThat(malformed.json().get("error").stringValue()).isEqualTo("Malformed JSON body");
        }

        @Test
        void bulkUpdateChangesAllJobs() {
            long documents = upload("Documents", "Success", paris("2026-08-20T02:00:05"));
            long archive = upload("Archive", "Success", paris("2026-08-20T03:00:05"));

            JsonNode updated = ok(put("/api/monitoring/jobs", """
                    [{"jobId":%d,"interval":"12h"},{"jobId":%d,"interval":"1W","enabled":false}]
                    """.formatted(documents, archive)));

            assertThat(updated).hasSize(2);
            assertThat(ok(admin.get("/api/monitoring/jobs/" + documents)).get("interval").stringValue()).isEqualTo("12h");
            JsonNode weekly = ok(admin.get("/api/monitoring/jobs/" + archive));
            assertThat(weekly.get("interval").stringValue()).isEqualTo("1W");
            assertThat(weekly.get("enabled").booleanValue()).isFalse();
        }

        @Test
        void bulkUpdateWithOneBadElementChangesNothing() {
            long documents = upload("Documents", "Success", paris("2026-08-20T02:00:05"));
            long archive = upload("Archive", "Success", paris("2026-08-20T03:00:05"));

            Http.Reply reply = put("/api/monitoring/jobs", """
                    [{"jobId":%d,"interval":"12h"},{"jobId":%d,"interval":"soon"}]
                    """.formatted(documents, archive));

            assertBadRequest(reply, "[1].interval", "Invalid interval 'soon'");
            assertThat(ok(admin.get("/api/monitoring/jobs/" + documents)).get("interval").stringValue()).isEqualTo("1D");
        }

        @Test
        void patchChangesOnlyTheFieldsInTheBody() {
            long job = upload("Documents", "Success", paris("2026-08-20T01:20:00"));
            ok(put("/api/monitoring/jobs/" + job, """
                    {"enabled":false,"interval":"1D","weekdays":["MON","TUE"],"window":{"start":"01:00","end":"06:00"},
                     "tolerance":"45m"}
                    """));

            JsonNode patched = ok(patch("/api/monitoring/jobs/" + job, "{\"interval\":\"12h\"}"));

            assertThat(patched.get("interval").stringValue()).isEqualTo("12h");
            assertThat(patched.get("window").toString()).isEqualTo("{\"start\":\"01:00\",\"end\":\"06:00\"}");
            assertThat(patched.get("weekdays").toString()).isEqualTo("[\"MONDAY\",\"TUESDAY\"]");
            assertThat(patched.get("tolerance").stringValue()).isEqualTo("45m");
            assertThat(patched.get("enabled").booleanValue()).isFalse();
            assertThat(ok(admin.get("/api/monitoring/jobs/" + job))).isEqualTo(patched);
        }

        @Test
        void patchWithNullClearsThatFieldOnly() {
            long job = upload("Documents", "Success", paris("2026-08-20T01:20:00"));
            ok(put("/api/monitoring/jobs/" + job, """
                    {"interval":"1D","window":{"start":"01:00","end":"06:00"},"tolerance":"45m"}
                    """));

            JsonNode patched = ok(patch("/api/monitoring/jobs/" + job, "{\"window\":null,\"timeOfDay\":\"03:00\"}"));

            assertThat(patched.get("window").isNull()).isTrue();
            assertThat(patched.get("timeOfDay").stringValue()).isEqualTo("03:00");
            assertThat(patched.get("tolerance").stringValue()).isEqualTo("45m");
        }

        @Test
        void patchRefusesBadValuesNamingTheFieldAndChangesNothing() {
            long job = upload("Documents", "Success", paris("2026-08-20T02:00:05"));

            assertBadRequest(patch("/api/monitoring/jobs/" + job, "{\"interval\":\"soon\"}"), "interval", "Invalid interval");
            assertBadRequest(patch("/api/monitoring/jobs/" + job, "{\"enabled\":\"maybe\"}"), "enabled", "wrong type");
            assertBadRequest(patch("/api/monitoring/jobs/" + job, "{\"jobId\":12345}"), "jobId", "does not match");
            assertThat(patch("/api/monitoring/jobs/999", "{\"interval\":\"1D\"}").status()).isEqualTo(404);
            assertThat(ok(admin.get("/api/monitoring/jobs/" + job)).get("scheduleSource").stringValue()).isEqualTo("default");
        }

        @Test
        void bulkPatchKeepsWhatItDoesNotName() {
            long documents = upload("Documents", "Success", paris("2026-08-20T02:00:05"));
            long archive = upload("Archive", "Success", paris("2026-08-20T03:00:05"));
            ok(put("/api/monitoring/jobs", """
                    [{"jobId":%d,"interval":"1D","timeOfDay":"02:00","tolerance":"30m"},
                     {"jobId":%d,"interval":"1D","enabled":false}]
                    """.formatted(documents, archive)));

            ok(patch("/api/monitoring/jobs", "[{\"jobId\":%d,\"interval\":\"2D\"},{\"jobId\":%d,\"interval\":\"2D\"}]"
                    .formatted(documents, archive)));

            JsonNode first = ok(admin.get("/api/monitoring/jobs/" + documents));
            assertThat(first.get("interval").stringValue()).isEqualTo("2D");
            assertThat(first.get("timeOfDay").stringValue()).isEqualTo("02:00");
            assertThat(first.get("tolerance").stringValue()).isEqualTo("30m");
            JsonNode second = ok(admin.get("/api/monitoring/jobs/" + archive));
            assertThat(second.get("interval").stringValue()).isEqualTo("2D");
            assertThat(second.get("enabled").booleanValue()).isFalse();
            assertBadRequest(patch("/api/monitoring/jobs", "[{\"interval\":\"1D\"}]"), "[0].jobId", "jobId is required");
        }

        @Test
        void bulkUpdateWithAnUnknownJobChangesNothing() {
            long documents = upload("Documents", "Success", paris("2026-08-20T02:00:05"));

            Http.Reply reply = put("/api/monitoring/jobs", """
                    [{"jobId":%d,"interval":"12h"},{"jobId":999,"interval":"1D"}]
                    """.formatted(documents));

            assertThat(reply.status()).isEqualTo(404);
            assertThat(ok(admin.get("/api/monitoring/jobs/" + documents)).get("interval").stringValue()).isEqualTo("1D");
        }
    }

    @Nested
    class Suggestions {

        @Test
        void historyOfNightlyRunsSuggestsADailyScheduleAtItsTime() {
            long job = nightlyJob("Documents", 14);

            JsonNode suggestion = ok(admin.get("/api/monitoring/jobs/" + job + "/suggestion"));

            assertThat(suggestion.get("available").booleanValue()).isTrue();
            assertThat(suggestion.get("interval").stringValue()).isEqualTo("1D");
            assertThat(suggestion.get("timeOfDay").stringValue()).isEqualTo("02:00");
            assertThat(suggestion.get("weekdays")).hasSize(7);
            assertThat(suggestion.get("confidence").doubleValue()).isEqualTo(1.0);
            assertThat(suggestion.get("runsAnalysed").intValue()).isEqualTo(14);
        }

        @Test
        void jobWithTwoRunsHasNoSuggestionYet() {
            long job = nightlyJob("Documents", 2);

            JsonNode suggestion = ok(admin.get("/api/monitoring/jobs/" + job + "/suggestion"));
            Http.Reply accept = post("/api/monitoring/suggestions/accept", "{\"jobId\":" + job + "}");

            assertThat(suggestion.get("available").booleanValue()).isFalse();
            assertThat(suggestion.get("reason").stringValue()).contains("fewer than 3 runs");
            assertThat(accept.status()).isEqualTo(409);
            assertThat(accept.json().get("error").stringValue()).contains("fewer than 3 runs");
        }

        @Test
        void acceptingOneJobAnchorsItsSchedule() {
            long job = nightlyJob("Documents", 14);
            upload("Documents", "Success", paris("2026-08-20T11:00:00"));

            JsonNode accepted = ok(post("/api/monitoring/suggestions/accept", "{\"jobId\":" + job + "}"));

            JsonNode view = accepted.get(0);
            assertThat(view.get("scheduleSource").stringValue()).isEqualTo("inferred");
            assertThat(view.get("timeOfDay").stringValue()).isEqualTo("02:00");
            assertThat(view.get("nextExpectedAt").stringValue()).isEqualTo(paris("2026-08-21T02:00:00").toString());
        }

        @Test
        void acceptingAllLeavesUserSchedulesAlone() {
            long byDefault = nightlyJob("Documents", 14);
            long byUser = nightlyJob("Archive", 14);
            ok(put("/api/monitoring/jobs/" + byUser, "{\"interval\":\"2D\"}"));

            JsonNode accepted = ok(post("/api/monitoring/suggestions/accept", "{\"all\":true,\"minConfidence\":0.9}"));

            assertThat(accepted).hasSize(1);
            assertThat(accepted.get(0).get("jobId").longValue()).isEqualTo(byDefault);
            assertThat(ok(admin.get("/api/monitoring/jobs/" + byUser)).get("interval").stringValue()).isEqualTo("2D");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "{}|jobId|either a jobId or",
                "{\"jobId\":1,\"all\":true}|jobId|either a jobId or",
                "{\"all\":true,\"minConfidence\":2}|minConfidence|between 0 and 1"
        })
        void invalidAcceptRequestIs400(String body, String field, String message) {
            assertBadRequest(post("/api/monitoring/suggestions/accept", body), field, message);
        }

        private long nightlyJob(String backupName, int nights) {
            long job = 0;
            LocalDate first = LocalDate.parse("2026-08-20").minusDays(nights);
            for (int night = 0; night < nights; night++) {
                job = upload(backupName, "Success", first.plusDays(night).atTime(2, 0, (3 + 7 * night) % 50).atZone(PARIS).toInstant());
            }
            return job;
        }
    }

    @Nested
    class CheckNow {

        @Test
        void checkAnnouncesOverdueJobsAndTheSummaryCountsThem() {
            upload("Documents", "Success", paris("2026-08-19T02:00:05"));
            upload("Archive", "Success", paris("2026-08-20T02:00:05"));

            JsonNode result = ok(post("/api/monitoring/check", ""));

            assertThat(result.get("jobs").intValue()).isEqualTo(2);
            assertThat(result.get("overdue").intValue()).isEqualTo(1);
            assertThat(result.get("alerts").intValue()).isEqualTo(1);
            assertThat(result.get("checkedAt").stringValue()).isEqualTo(START.toString());
            assertThat(events.of(JobOverdue.class)).extracting(JobOverdue::backupName).containsExactly("Documents");
            assertThat(ok(http.get("/api/summary")).get("overdueBackupsCount").intValue()).isEqualTo(1);
            assertThat(ok(admin.get("/api/monitoring/settings")).get("lastCheckAt").stringValue()).isEqualTo(START.toString());
        }

        @Test
        void longerToleranceEndsTheOverdueCount() {
            upload("Documents", "Success", paris("2026-08-19T02:00:05"));
            ok(put("/api/monitoring/settings", "{\"tolerance\":\"1D\"}"));

            assertThat(ok(http.get("/api/summary")).get("overdueBackupsCount").intValue()).isZero();
            clock.advance(Duration.ofHours(15));
            assertThat(ok(http.get("/api/summary")).get("overdueBackupsCount").intValue()).isEqualTo(1);
        }
    }

    private long upload(String backupName, String status, Instant begin) {
        Http.Reply reply = http.upload(Reports.backup(backupName, status, begin));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return jdbc.sql("SELECT id FROM jobs WHERE backup_name = :name").param("name", backupName)
                .query(Long.class).single();
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private Http.Reply put(String path, String json) {
        return admin.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Http.Reply patch(String path, String json) {
        return admin.patchJson(path, json);
    }

    private Http.Reply post(String path, String json) {
        return admin.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void assertBadRequest(Http.Reply reply, String field, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).contains("json");
        JsonNode body = reply.json();
        assertThat(body.get("field").stringValue()).isEqualTo(field);
        assertThat(body.get("error").stringValue()).startsWith(field + ": ").contains(message);
    }
}
