package io.dupliwatch.monitoring;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Per-server time zones against a running server whose global monitoring zone is UTC: schedules read in the
 * server's zone across DST changes, the zone set through {@code PATCH /api/servers/{server}}, shown by the APIs,
 * offered from log-line offsets and used in notifications.
 */
@Import(MonitoringTestConfiguration.class)
@TestPropertySource(properties = "dupliwatch.time-zone=UTC")
class ServerTimeZoneIntegrationTest extends ServerTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss x");

    @Autowired
    MutableClock clock;

    @Autowired
    RecordedEvents events;

    @Autowired
    OverdueDetector detector;

    @Autowired
    OverdueBoard board;

    @BeforeEach
    void resetClockAndEvents() {
        clock.set(MonitoringTestConfiguration.START);
        events.clear();
    }

    /** A job's schedule in the server's local time, and the instants of its slots computed independently. */
    enum Job {
        DAILY_AT_TWO("1D", JobSchedule.ALL_DAYS, LocalTime.of(2, 0)),
        WORKDAYS_AT_23_30("1D", WORKDAYS, LocalTime.of(23, 30));

        final String interval;
        final Set<DayOfWeek> days;
        final LocalTime time;

        Job(String interval, Set<DayOfWeek> days, LocalTime time) {
            this.interval = interval;
            this.days = days;
            this.time = time;
        }

        String settings() {
            ObjectNode body = JSON.createObjectNode().put("interval", interval).put("timeOfDay", time.toString())
                    .put("tolerance", "0");
            ArrayNode weekdays = body.putArray("weekdays");
            days.forEach(day -> weekdays.add(day.name()));
            return body.toString();
        }

        /**
         * The job's slots from {@code first} to {@code last} (local dates): a skipped local time (02:00 when DST
         * starts) runs an hour later, a repeated one at its first occurrence, as {@link ZonedDateTime#of} resolves them.
         */
        List<Instant> slots(ZoneId zone, LocalDate first, LocalDate last) {
            List<Instant> slots = new ArrayList<>();
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (days.contains(day.getDayOfWeek())) {
                    slots.add(ZonedDateTime.of(day, time, zone).toInstant());
                }
            }
            return slots;
        }
    }

    /** Each zone's spring and autumn change of 2026 (New York's autumn one is on 1 November). */
    static Stream<Arguments> changes() {
        List<Arguments> cases = new ArrayList<>();
        for (Job job : Job.values()) {
            cases.add(Arguments.of(BERLIN, LocalDate.of(2026, 3, 29), job));
            cases.add(Arguments.of(BERLIN, LocalDate.of(2026, 10, 25), job));
            cases.add(Arguments.of(NEW_YORK, LocalDate.of(2026, 3, 8), job));
            cases.add(Arguments.of(NEW_YORK, LocalDate.of(2026, 11, 1), job));
        }
        return cases.stream();
    }

    @Nested
    class DaylightSavingChanges {

        @ParameterizedTest(name = "{0} {1} {2}")
        @MethodSource("io.dupliwatch.monitoring.ServerTimeZoneIntegrationTest#changes")
        void runsOnTimeAreNeverOverdueAcrossTheChange(ZoneId zone, LocalDate change, Job job) {
            List<Instant> slots = job.slots(zone, change.minusDays(5), change.plusDays(5));
            long jobId = scheduledJob(zone, job, slots.get(0));

            for (Instant slot : slots.subList(1, slots.size())) {
                assertThat(board.find(jobId).orElseThrow().nextExpectedAt()).as("expected run before %s", slot).isEqualTo(slot);
                clock.set(slot);
                OverdueDetector.CheckResult check = detector.check();
                assertThat(check.overdue()).as("overdue at %s, its run not reported yet", slot).isZero();
                upload("Documents", slot);
            }

            assertThat(events.of(JobOverdue.class)).isEmpty();
        }

        @ParameterizedTest(name = "{0} {1} {2}")
        @MethodSource("io.dupliwatch.monitoring.ServerTimeZoneIntegrationTest#changes")
        void theFirstRunMissedAfterTheChangeIsOverdueTheInstantItsSlotPasses(ZoneId zone, LocalDate change, Job job) {
            Instant transition = zone.getRules().nextTransition(change.atStartOfDay(zone).toInstant()).getInstant();
            List<Instant> slots = job.slots(zone, change.minusDays(5), change.plusDays(5));
            List<Instant> before = slots.stream().filter(slot -> slot.isBefore(transition)).toList();
            Instant missed = slots.stream().filter(slot -> !slot.isBefore(transition)).findFirst().orElseThrow();
            long jobId = scheduledJob(zone, job, before.get(0));
            for (Instant slot : before.subList(1, before.size())) {
                clock.set(slot);
                upload("Documents", slot);
            }

            clock.set(missed);
            assertThat(detector.check().alerts()).as("at the slot itself").isZero();
            clock.set(missed.plusSeconds(1));
            OverdueDetector.CheckResult late = detector.check();

            assertThat(late.alerts()).isEqualTo(1);
            assertThat(events.of(JobOverdue.class)).singleElement().satisfies(overdue -> {
                assertThat(overdue.jobId()).isEqualTo(jobId);
                assertThat(overdue.expectedAt()).isEqualTo(missed);
                assertThat(overdue.expectedAt().atZone(zone).toLocalTime())
                        .isIn(job.time, job.time.plusHours(1)); // an hour later only where the change skipped it
            });
        }

        /** The job's first run at {@code first}, then its server's zone and the schedule (tolerance 0). */
        private long scheduledJob(ZoneId zone, Job job, Instant first) {
            clock.set(first);
            long jobId = upload("Documents", first);
            assertThat(admin.patchJson("/api/servers/" + Reports.MACHINE_ID, "{\"timeZone\":\"" + zone.getId() + "\"}")
                    .status()).isEqualTo(200);
            Http.Reply saved = put("/api/monitoring/jobs/" + jobId, job.settings());
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            return jobId;
        }
    }

    @Nested
    class SettingTheZone {

        @Test
        void patchSetsTheZoneThatTheApisShowAndNullReturnsToTheGlobalOne() {
            long jobId = upload("Documents", Instant.parse("2026-08-19T22:00:00Z"));

            JsonNode set = ok(admin.patchJson("/api/servers/" + Reports.MACHINE_ID, "{\"timeZone\":\"America/New_York\"}"));

            assertThat(set.get("serverId").stringValue()).isEqualTo(Reports.MACHINE_ID);
            assertThat(set.get("timeZone").stringValue()).isEqualTo("America/New_York");
            assertThat(set.get("effectiveTimeZone").stringValue()).isEqualTo("America/New_York");
            assertThat(ok(admin.get("/api/monitoring/jobs/" + jobId)).get("timeZone").stringValue()).isEqualTo("America/New_York");
            assertThat(ok(admin.get("/api/monitoring/jobs")).get(0).get("timeZone").stringValue()).isEqualTo("America/New_York");
            assertThat(ok(http.get("/api/jobs")).get(0).get("time_zone").stringValue()).isEqualTo("America/New_York");
            assertThat(jdbc.sql("SELECT time_zone_source FROM servers").query(String.class).single()).isEqualTo("user");

            JsonNode cleared = ok(admin.patchJson("/api/servers/" + Reports.MACHINE_NAME, "{\"timeZone\":null}"));

            assertThat(cleared.path("timeZone").isString()).isFalse();
            assertThat(cleared.get("effectiveTimeZone").stringValue()).isEqualTo("UTC");
            assertThat(ok(http.get("/api/jobs")).get(0).get("time_zone").stringValue()).isEqualTo("UTC");
        }

        @Test
        void aNewZoneMovesTheNextExpectedRunAtOnce() {
            long jobId = upload("Documents", Instant.parse("2026-08-19T22:00:00Z"));
            put("/api/monitoring/jobs/" + jobId, Job.DAILY_AT_TWO.settings());
            assertThat(board.find(jobId).orElseThrow().nextExpectedAt()).isEqualTo(Instant.parse("2026-08-20T02:00:00Z"));

            admin.patchJson("/api/servers/" + Reports.MACHINE_ID, "{\"timeZone\":\"Europe/Berlin\"}");

            assertThat(board.find(jobId).orElseThrow().nextExpectedAt()).isEqualTo(Instant.parse("2026-08-20T00:00:00Z"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "{\"timeZone\":\"Mars/Olympus_Mons\"}|Unknown time zone 'Mars/Olympus_Mons'",
                "{\"timeZone\":\"+02:00\"}|Unknown time zone '+02:00'",
                "{\"timeZone\":\"W. Europe Standard Time\"}|Unknown time zone",
                "{\"timeZone\":42}|must be a string"})
        void anUnknownZoneIs400NamingTimeZoneAndChangesNothing(String body, String message) {
            upload("Documents", Instant.parse("2026-08-19T22:00:00Z"));
            admin.patchJson("/api/servers/" + Reports.MACHINE_ID, "{\"timeZone\":\"Europe/Berlin\"}");

            Http.Reply reply = admin.patchJson("/api/servers/" + Reports.MACHINE_ID, body);

            assertThat(reply.status()).as(reply.body()).isEqualTo(400);
            assertThat(reply.json().get("field").stringValue()).isEqualTo("timeZone");
            assertThat(reply.json().get("error").stringValue()).startsWith("timeZone: ").contains(message);
            assertThat(jdbc.sql("SELECT time_zone FROM servers").query(String.class).single()).isEqualTo("Europe/Berlin");
        }

        @Test
        void anUnknownServerIs404() {
            Http.Reply reply = admin.patchJson("/api/servers/nobody", "{\"timeZone\":\"Europe/Berlin\"}");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().has("error")).isTrue();
        }
    }

    @Nested
    class ZoneFromLogOffsets {

        @Test
        void offsetsOnBothSidesOfTheAutumnChangeSuggestTheZoneWithBothAndAcceptingItSetsTheServersZone() {
            long jobId = dailyRuns(BERLIN, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 30), LocalTime.of(2, 0));

            JsonNode suggestion = ok(admin.get("/api/monitoring/jobs/" + jobId + "/suggestion"));

            assertThat(suggestion.get("timeZone").stringValue()).isEqualTo("Europe/Berlin");
            assertThat(suggestion.get("interval").stringValue()).isEqualTo("1D");
            assertThat(suggestion.get("timeOfDay").stringValue()).isEqualTo("02:00");

            JsonNode accepted = ok(post("/api/monitoring/suggestions/accept", "{\"jobId\":" + jobId + "}")).get(0);

            assertThat(accepted.get("timeZone").stringValue()).isEqualTo("Europe/Berlin");
            assertThat(accepted.get("timeOfDay").stringValue()).isEqualTo("02:00");
            assertThat(accepted.get("nextExpectedAt").stringValue()).isEqualTo("2026-10-31T01:00:00Z");
        }

        @Test
        void newYorkOffsetsSuggestNewYork() {
            long jobId = dailyRuns(NEW_YORK, LocalDate.of(2026, 10, 27), LocalDate.of(2026, 11, 4), LocalTime.of(23, 30));

            JsonNode suggestion = ok(admin.get("/api/monitoring/jobs/" + jobId + "/suggestion"));

            assertThat(suggestion.get("timeZone").stringValue()).isEqualTo("America/New_York");
            assertThat(suggestion.get("timeOfDay").stringValue()).isEqualTo("23:30");
        }

        @Test
        void aServerWithAZoneIsOfferedNone() {
            long jobId = dailyRuns(BERLIN, LocalDate.of(2026, 10, 20), LocalDate.of(2026, 10, 30), LocalTime.of(2, 0));
            admin.patchJson("/api/servers/" + Reports.MACHINE_ID, "{\"timeZone\":\"Europe/Paris\"}");

            JsonNode suggestion = ok(admin.get("/api/monitoring/jobs/" + jobId + "/suggestion"));

            assertThat(suggestion.path("timeZone").isString()).isFalse();
            assertThat(suggestion.get("timeOfDay").stringValue()).isEqualTo("02:00");
        }
    }

    @Nested
    class Notifications {

        @Test
        void expectedTimesAreWrittenInTheServersZoneWithItsAbbreviation() {
            upload("Documents", Instant.parse("2026-08-12T05:30:00Z"));
            admin.patchJson("/api/servers/" + Reports.MACHINE_ID, "{\"timeZone\":\"America/New_York\"}");
            long runId = jdbc.sql("SELECT id FROM runs").query(Long.class).single();

            JsonNode preview = ok(post("/api/notifications/templates/overdue/preview",
                    "{\"runId\": " + runId + ", \"title\": \"Expected {expected_date}\"}"));

            assertThat(preview.get("title").stringValue()).isEqualTo("Expected 13 Aug 2026 01:30:00 EDT");
        }
    }

    private long upload(String backupName, Instant begin) {
        Http.Reply reply = http.upload(Reports.backup(backupName, "Success", begin));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return jobId(backupName);
    }

    /** Runs of "Documents" every day from {@code first} to {@code last} at {@code time} in {@code zone}; the job id. */
    private long dailyRuns(ZoneId zone, LocalDate first, LocalDate last, LocalTime time) {
        long jobId = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            jobId = uploadWithLocalLogTime("Documents", ZonedDateTime.of(day, time, zone));
        }
        return jobId;
    }

    /** A run whose log lines carry the local time and UTC offset of {@code begin}, as Duplicati writes them. */
    private long uploadWithLocalLogTime(String backupName, ZonedDateTime begin) {
        clock.set(begin.toInstant().plus(Duration.ofMinutes(5)));
        ObjectNode report = (ObjectNode) JSON.readTree(Reports.backup(backupName, "Success", begin.toInstant()));
        String stamp = LOG_TIME.format(begin);
        ArrayNode lines = report.putArray("LogLines");
        lines.add(stamp + " - [Information-Duplicati.Library.Main.Controller-StartingOperation]: The operation Backup has started");
        lines.add(stamp + " - [Information-Duplicati.Library.Main.Controller-CompletedOperation]: The operation Backup has completed");
        Http.Reply reply = http.upload(report.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return jobId(backupName);
    }

    private long jobId(String backupName) {
        return jdbc.sql("SELECT id FROM jobs WHERE backup_name = :name").param("name", backupName).query(Long.class).single();
    }

    private Http.Reply put(String path, String json) {
        return admin.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Http.Reply post(String path, String json) {
        return admin.post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
