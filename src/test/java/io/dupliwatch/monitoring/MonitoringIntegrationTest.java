package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static io.dupliwatch.monitoring.MonitoringTestConfiguration.START;
import static org.assertj.core.api.Assertions.assertThat;

/** Monitoring wired to real uploads, over the SQLite file of a running server. Zone: Europe/Paris (CEST, UTC+2). */
@Import(MonitoringTestConfiguration.class)
@TestPropertySource(properties = "dupliwatch.time-zone=Europe/Paris")
class MonitoringIntegrationTest extends ServerTestBase {

    /** 02:00:05 in Paris the night before {@link MonitoringTestConfiguration#START} (12:00 in Paris). */
    private static final Instant LAST_NIGHT = Instant.parse("2026-08-20T00:00:05Z");
    private static final Instant NIGHT_BEFORE = LAST_NIGHT.minus(Duration.ofDays(1));

    @Autowired
    MutableClock clock;

    @Autowired
    RecordedEvents events;

    @Autowired
    OverdueBoard board;

    @Autowired
    OverdueDetector detector;

    @Autowired
    OverdueCheckScheduler scheduler;

    @Autowired
    MonitoringSettingsService settings;

    @BeforeEach
    void startAtNoonInParis() {
        clock.set(START);
        events.clear();
    }

    @Nested
    class NewJobs {

        @Test
        void firstRunGivesTheJobDefaultSettingsAndItsNextExpectedRun() {
            long job = upload("Documents", "Success", LAST_NIGHT);

            JobMonitoringView view = board.find(job).orElseThrow();

            assertThat(view.enabled()).isTrue();
            assertThat(view.schedule()).isEqualTo(JobSchedule.DEFAULT);
            assertThat(view.scheduleSource()).isEqualTo(ScheduleSource.DEFAULT);
            assertThat(view.tolerance()).isEqualTo(Duration.ofHours(2));
            assertThat(view.toleranceInherited()).isTrue();
            assertThat(view.lastRunAt()).isEqualTo(LAST_NIGHT);
            assertThat(view.nextExpectedAt()).isEqualTo(Instant.parse("2026-08-21T00:00:05Z"));
            assertThat(view.overdue()).isFalse();
            assertThat(storedNextExpected(job)).isEqualTo(Instant.parse("2026-08-21T00:00:05Z").toEpochMilli());
        }

        @Test
        void olderRunDoesNotMoveTheExpectation() {
            long job = upload("Documents", "Success", LAST_NIGHT);
            upload("Documents", "Success", NIGHT_BEFORE);

            assertThat(board.find(job).orElseThrow().nextExpectedAt()).isEqualTo(Instant.parse("2026-08-21T00:00:05Z"));
        }

        @Test
        void jobsStoredWithoutAnEventGetSettingsAtTheNextCheck() {
            jdbc.sql("INSERT INTO servers (id, name, created_at) VALUES ('imported', 'old-nas', 0)").update();
            jdbc.sql("""
                    INSERT INTO jobs (server_id, backup_name, created_at, latest_begin_time, latest_status)
                    VALUES ('imported', 'Photos', 0, :begin, 'Success')
                    """).param("begin", LAST_NIGHT.toEpochMilli()).update();

            OverdueDetector.CheckResult result = detector.check();

            assertThat(result.jobs()).isEqualTo(1);
            JobMonitoringView view = board.all().get(0);
            assertThat(view.backupName()).isEqualTo("Photos");
            assertThat(view.nextExpectedAt()).isEqualTo(Instant.parse("2026-08-21T00:00:05Z"));
        }
    }

    @Nested
    class OverdueAlerts {

        @Test
        void overdueJobIsAnnouncedOnceInsideATransaction() {
            long job = upload("Documents", "Success", NIGHT_BEFORE);
            assertThat(board.countOverdue()).isEqualTo(1);

            OverdueDetector.CheckResult first = detector.check();
            OverdueDetector.CheckResult second = detector.check();

            assertThat(first.alerts()).isEqualTo(1);
            assertThat(second.alerts()).isZero();
            assertThat(second.overdue()).isEqualTo(1);
            assertThat(events.of(JobOverdue.class)).containsExactly(new JobOverdue(job, Reports.MACHINE_ID,
                    Reports.MACHINE_NAME, "Documents", NIGHT_BEFORE, LAST_NIGHT, Duration.ofHours(2), "1D", false));
            assertThat(events.allInTransaction()).isTrue();
            assertThat(board.find(job).orElseThrow().overdueAlertedAt()).isEqualTo(START);
        }

        @Test
        void reminderFollowsTheDailyFrequency() {
            upload("Documents", "Success", NIGHT_BEFORE);
            detector.check();

            clock.advance(Duration.ofHours(23));
            assertThat(detector.check().reminders()).isZero();
            clock.advance(Duration.ofHours(1));
            OverdueDetector.CheckResult dayLater = detector.check();

            assertThat(dayLater.reminders()).isEqualTo(1);
            assertThat(events.of(JobOverdue.class)).extracting(JobOverdue::reminder).containsExactly(false, true);
        }

        @Test
        void onceMeansNoReminder() {
            settings.updateGlobal(new GlobalSettingsOverrides(null, null, null, ReminderFrequency.ONCE));
            upload("Documents", "Success", NIGHT_BEFORE);
            detector.check();

            clock.advance(Duration.ofDays(40));

            assertThat(detector.check().reminders()).isZero();
            assertThat(events.of(JobOverdue.class)).hasSize(1);
        }

        @Test
        void jobToleranceOverridesTheGlobalOne() {
            long patient = upload("Archive", "Success", NIGHT_BEFORE);
            upload("Documents", "Success", NIGHT_BEFORE);
            settings.updateJob(patient, new JobSettings(true, new JobSchedule(Interval.parse("1D"), JobSchedule.ALL_DAYS, null, null, Duration.ofHours(12))));

            OverdueDetector.CheckResult result = detector.check();

            assertThat(result.alerts()).isEqualTo(1);
            assertThat(events.of(JobOverdue.class)).extracting(JobOverdue::backupName).containsExactly("Documents");
            assertThat(board.find(patient).orElseThrow().overdue()).isFalse();
            assertThat(board.countOverdue()).isEqualTo(1);
        }

        @Test
        void theSavedGlobalToleranceCountsInTheSummary() {
            upload("Documents", "Success", NIGHT_BEFORE);
            assertThat(board.countOverdue()).isEqualTo(1);

            settings.updateGlobal(new GlobalSettingsOverrides(Duration.ofHours(12), null, null, null));

            assertThat(board.countOverdue()).isZero();
            assertThat(http.get("/api/summary").json().get("overdueBackupsCount").asLong()).isZero();
        }

        @Test
        void disabledJobIsNeverOverdue() {
            long job = upload("Documents", "Success", NIGHT_BEFORE);
            settings.updateJob(job, new JobSettings(false, JobSchedule.DEFAULT));

            assertThat(detector.check().alerts()).isZero();
            assertThat(board.countOverdue()).isZero();
        }
    }

    @Nested
    class Recovery {

        @Test
        void pushedRunAfterAnOverdueAlertRecoversTheJob() {
            long job = upload("Documents", "Success", NIGHT_BEFORE);
            detector.check();

            upload("Documents", "Warning", START.minusSeconds(600));

            assertThat(events.of(JobRecovered.class)).containsExactly(new JobRecovered(job, newestRun(job),
                    Reports.MACHINE_ID, Reports.MACHINE_NAME, "Documents", JobRecovered.Reason.AFTER_OVERDUE));
            assertThat(events.allInTransaction()).isTrue();
            assertThat(board.countOverdue()).isZero();
            assertThat(board.find(job).orElseThrow().overdueAlertedAt()).isNull();
            assertThat(detector.check().alerts()).isZero();
        }

        @Test
        void goodRunAfterAFailedRunRecoversTheJobOnce() {
            long job = upload("Documents", "Error", NIGHT_BEFORE);

            upload("Documents", "Success", LAST_NIGHT);
            upload("Documents", "Success", START.minusSeconds(60));

            assertThat(events.of(JobRecovered.class)).extracting(JobRecovered::jobId, JobRecovered::reason)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(job, JobRecovered.Reason.AFTER_FAILURE));
        }

        @Test
        void failedRunEndsTheOverduePeriodWithoutRecovery() {
            long job = upload("Documents", "Success", NIGHT_BEFORE);
            detector.check();

            upload("Documents", "Fatal", START.minusSeconds(60));

            assertThat(events.of(JobRecovered.class)).isEmpty();
            assertThat(board.find(job).orElseThrow().overdueAlertedAt()).isNull();
        }

        @Test
        void lateRunThatWasNeverAnnouncedIsNoRecovery() {
            upload("Documents", "Success", NIGHT_BEFORE);

            upload("Documents", "Success", START.minusSeconds(60));

            assertThat(events.of(JobRecovered.class)).isEmpty();
        }
    }

    @Nested
    class Schedules {

        private final JobSchedule twoAm = new JobSchedule(Interval.parse("1D"), JobSchedule.ALL_DAYS, LocalTime.of(2, 0), null, null);

        @Test
        void userScheduleAnchorsTheNextRunAndManualRunsDoNotShiftIt() {
            long job = upload("Documents", "Success", LAST_NIGHT);
            settings.updateJob(job, new JobSettings(true, twoAm));

            upload("Documents", "Success", Instant.parse("2026-08-20T13:00:00Z"));

            JobMonitoringView view = board.find(job).orElseThrow();
            assertThat(view.scheduleSource()).isEqualTo(ScheduleSource.USER);
            assertThat(view.nextExpectedAt()).isEqualTo(Instant.parse("2026-08-21T00:00:00Z"));
        }

        @Test
        void duplicatiScheduleReplacesTheDefaultButNotTheUsersOne() {
            long byDefault = upload("Documents", "Success", LAST_NIGHT);
            long byUser = upload("Archive", "Success", LAST_NIGHT);
            settings.updateJob(byUser, new JobSettings(true, twoAm));
            EnumSet<DayOfWeek> workdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            Instant fridayHalfPastTwo = Instant.parse("2026-08-21T00:30:00Z");

            boolean defaultReplaced = settings.applyDuplicatiSchedule(byDefault, Interval.parse("1D"), workdays, fridayHalfPastTwo);
            boolean userReplaced = settings.applyDuplicatiSchedule(byUser, Interval.parse("12h"), workdays, fridayHalfPastTwo);

            assertThat(defaultReplaced).isTrue();
            assertThat(userReplaced).isFalse();
            JobMonitoringView fromDuplicati = board.find(byDefault).orElseThrow();
            assertThat(fromDuplicati.scheduleSource()).isEqualTo(ScheduleSource.DUPLICATI);
            assertThat(fromDuplicati.schedule().timeOfDay()).isEqualTo(LocalTime.of(2, 30));
            assertThat(fromDuplicati.schedule().weekdays()).isEqualTo(workdays);
            // The 02:00 run on Thursday came before Thursday's 02:30 slot, which is therefore still due.
            assertThat(fromDuplicati.nextExpectedAt()).isEqualTo(Instant.parse("2026-08-20T00:30:00Z"));
            assertThat(board.find(byUser).orElseThrow().schedule()).isEqualTo(twoAm);
        }

        @Test
        void changingTheTimeZoneMovesAnchoredSchedules() {
            long job = upload("Documents", "Success", LAST_NIGHT);
            settings.updateJob(job, new JobSettings(true, twoAm));

            settings.updateGlobal(new GlobalSettingsOverrides(null, null, ZoneId.of("UTC"), null));

            // The run at 00:00:05 UTC came before 02:00 UTC: that day's slot is due.
            assertThat(board.find(job).orElseThrow().nextExpectedAt()).isEqualTo(Instant.parse("2026-08-20T02:00:00Z"));
        }
    }

    @Nested
    class ScheduledCheck {

        @Test
        void runsWhenTheIntervalHasPassedSinceTheLastCheck() {
            settings.updateGlobal(new GlobalSettingsOverrides(null, Duration.ofMinutes(5), null, null));
            upload("Documents", "Success", NIGHT_BEFORE);

            scheduler.checkWhenDue();
            clock.advance(Duration.ofMinutes(4));
            scheduler.checkWhenDue();
            Instant afterFourMinutes = settings.global().lastCheckAt();
            clock.advance(Duration.ofMinutes(1));
            scheduler.checkWhenDue();

            assertThat(events.of(JobOverdue.class)).hasSize(1);
            assertThat(afterFourMinutes).isEqualTo(START);
            assertThat(settings.global().lastCheckAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        }

        @Test
        void checkIntervalZeroDisablesIt() {
            upload("Documents", "Success", NIGHT_BEFORE);

            scheduler.checkWhenDue();

            assertThat(settings.global().lastCheckAt()).isNull();
            assertThat(events.of(JobOverdue.class)).isEmpty();
        }
    }

    private long upload(String backupName, String status, Instant begin) {
        Http.Reply reply = http.upload(Reports.backup(backupName, status, begin));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return jdbc.sql("SELECT id FROM jobs WHERE backup_name = :name").param("name", backupName)
                .query(Long.class).single();
    }

    private long newestRun(long jobId) {
        return jdbc.sql("SELECT latest_run_id FROM jobs WHERE id = :id").param("id", jobId).query(Long.class).single();
    }

    private long storedNextExpected(long jobId) {
        return jdbc.sql("SELECT next_expected_at FROM jobs WHERE id = :id").param("id", jobId).query(Long.class).single();
    }
}
