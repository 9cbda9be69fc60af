package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

class NextRunCalculatorTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration GLOBAL_TOLERANCE = Duration.ofHours(2);
    private static final Set<DayOfWeek> WORKDAYS = EnumSet.range(MONDAY, FRIDAY);

    private final NextRunCalculator calculator = new NextRunCalculator(PARIS);

    /** A wall-clock time in Paris (unambiguous ones only). */
    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    private static JobSchedule schedule(String interval, Set<DayOfWeek> days, String timeOfDay) {
        return new JobSchedule(Interval.parse(interval), days, timeOfDay == null ? null : LocalTime.parse(timeOfDay),
                null, null);
    }

    private static JobSchedule withTolerance(JobSchedule s, Duration tolerance) {
        return new JobSchedule(s.interval(), s.weekdays(), s.timeOfDay(), s.window(), tolerance);
    }

    private static JobSchedule window(String interval, String start, String end) {
        return new JobSchedule(Interval.parse(interval), JobSchedule.ALL_DAYS, null,
                new TimeWindow(LocalTime.parse(start), LocalTime.parse(end)), null);
    }

    @Nested
    class DailyAtTwoWithManualRuns {

        private final JobSchedule daily = schedule("1D", JobSchedule.ALL_DAYS, "02:00");

        @Test
        void scheduledRunExpectsTheNextNightAtTwo() {
            assertThat(calculator.nextExpected(daily, paris("2025-06-10T02:00:07")))
                    .isEqualTo(paris("2025-06-11T02:00:00"));
        }

        @Test
        void lateManualRunDoesNotShiftTheSchedule() {
            assertThat(calculator.nextExpected(daily, paris("2025-06-10T15:42:00")))
                    .isEqualTo(paris("2025-06-11T02:00:00"));
        }

        @Test
        void manualRunJustBeforeTheSlotLeavesTheSlotDue() {
            assertThat(calculator.nextExpected(daily, paris("2025-06-11T00:30:00")))
                    .isEqualTo(paris("2025-06-11T02:00:00"));
        }

        @Test
        void runAFewMinutesEarlyCountsForItsSlot() {
            assertThat(calculator.nextExpected(daily, paris("2025-06-11T01:57:00")))
                    .isEqualTo(paris("2025-06-12T02:00:00"));
        }

        @Test
        void withoutATimeOfDayTheNextRunIsOneIntervalAfterTheNewest() {
            JobSchedule unanchored = schedule("1D", JobSchedule.ALL_DAYS, null);

            assertThat(calculator.nextExpected(unanchored, paris("2025-06-10T15:42:00")))
                    .isEqualTo(paris("2025-06-11T15:42:00"));
        }

        @Test
        void overdueOnlyAfterTheToleranceHasPassed() {
            Instant expected = calculator.nextExpected(daily, paris("2025-06-10T15:42:00"));

            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T04:00:00"), expected, GLOBAL_TOLERANCE)).isFalse();
            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T04:00:01"), expected, GLOBAL_TOLERANCE)).isTrue();
        }
    }

    @Nested
    class WeekdaysOnly {

        private final JobSchedule workdays = schedule("1D", WORKDAYS, "22:30");

        @Test
        void fridayRunExpectsMonday() {
            assertThat(calculator.nextExpected(workdays, paris("2025-06-13T22:30:05")))
                    .isEqualTo(paris("2025-06-16T22:30:00"));
        }

        @Test
        void notOverdueDuringTheWeekend() {
            Instant expected = calculator.nextExpected(workdays, paris("2025-06-13T22:30:05"));

            assertThat(NextRunCalculator.isOverdue(paris("2025-06-15T23:00:00"), expected, GLOBAL_TOLERANCE)).isFalse();
            assertThat(NextRunCalculator.isOverdue(paris("2025-06-17T00:30:01"), expected, GLOBAL_TOLERANCE)).isTrue();
        }

        @Test
        void manualSaturdayRunStillExpectsMonday() {
            assertThat(calculator.nextExpected(workdays, paris("2025-06-14T10:00:00")))
                    .isEqualTo(paris("2025-06-16T22:30:00"));
        }

        @Test
        void unanchoredDailyJobSkipsTheWeekendKeepingItsTime() {
            assertThat(calculator.nextExpected(schedule("1D", WORKDAYS, null), paris("2025-06-13T22:31:00")))
                    .isEqualTo(paris("2025-06-16T22:31:00"));
        }

        @Test
        void hourlyJobResumesOnMondayInItsPhase() {
            assertThat(calculator.nextExpected(schedule("1h", WORKDAYS, null), paris("2025-06-13T23:15:00")))
                    .isEqualTo(paris("2025-06-16T00:15:00"));
        }

        @Test
        void weeklyJobOnSundayIgnoresAManualWednesdayRun() {
            JobSchedule weekly = schedule("1W", EnumSet.of(SUNDAY), "03:00");

            assertThat(calculator.nextExpected(weekly, paris("2025-06-15T03:00:10")))
                    .isEqualTo(paris("2025-06-22T03:00:00"));
            assertThat(calculator.nextExpected(weekly, paris("2025-06-18T11:00:00")))
                    .isEqualTo(paris("2025-06-22T03:00:00"));
        }
    }

    @Nested
    class AllowedWindow {

        private final JobSchedule night = window("1D", "01:00", "06:00");

        @Test
        void runIsDueByTheEndOfTheNextWindow() {
            assertThat(calculator.nextExpected(night, paris("2025-06-10T01:20:00")))
                    .isEqualTo(paris("2025-06-11T06:00:00"));
        }

        @Test
        void runLateInTheWindowIsOnTime() {
            Instant expected = calculator.nextExpected(night, paris("2025-06-10T01:20:00"));

            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T05:45:00"), expected, Duration.ZERO)).isFalse();
            assertThat(calculator.nextExpected(night, paris("2025-06-11T05:45:00")))
                    .isEqualTo(paris("2025-06-12T06:00:00"));
        }

        @Test
        void manualAfternoonRunExpectsTheComingNight() {
            assertThat(calculator.nextExpected(night, paris("2025-06-11T14:00:00")))
                    .isEqualTo(paris("2025-06-12T06:00:00"));
        }

        @Test
        void windowCrossingMidnightBelongsToTheDayItStarts() {
            JobSchedule lateNight = window("1D", "22:00", "04:00");

            assertThat(calculator.nextExpected(lateNight, paris("2025-06-11T23:10:00")))
                    .isEqualTo(paris("2025-06-13T04:00:00"));
            assertThat(calculator.nextExpected(lateNight, paris("2025-06-12T01:30:00")))
                    .isEqualTo(paris("2025-06-13T04:00:00"));
        }

        @Test
        void hourlyJobRunsFromTheWindowStartWhileInside() {
            JobSchedule officeHours = window("1h", "08:00", "18:00");

            assertThat(calculator.nextExpected(officeHours, paris("2025-06-11T17:00:20")))
                    .isEqualTo(paris("2025-06-11T18:00:00"));
            assertThat(calculator.nextExpected(officeHours, paris("2025-06-11T18:00:10")))
                    .isEqualTo(paris("2025-06-12T08:00:00"));
        }
    }

    @Nested
    class DaylightSavingInParis {

        private final JobSchedule daily = schedule("1D", JobSchedule.ALL_DAYS, "02:00");

        @Test
        void springForwardMovesTheMissingTwoOClockToThree() {
            // 2025-03-30: clocks jump from 02:00 CET to 03:00 CEST.
            assertThat(calculator.nextExpected(daily, Instant.parse("2025-03-29T01:00:04Z")))
                    .isEqualTo(Instant.parse("2025-03-30T01:00:00Z"));
        }

        @Test
        void afterSpringForwardTheJobIsBackAtTwoLocal() {
            assertThat(calculator.nextExpected(daily, Instant.parse("2025-03-30T01:00:05Z")))
                    .isEqualTo(Instant.parse("2025-03-31T00:00:00Z"));
        }

        @Test
        void skippedHalfHourResolvesAnHourLater() {
            JobSchedule halfPast = schedule("1D", JobSchedule.ALL_DAYS, "02:30");

            assertThat(calculator.nextExpected(halfPast, Instant.parse("2025-03-29T01:30:02Z")))
                    .isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
        }

        @Test
        void fallBackUsesTheFirstTwoOClockThenStaysAtTwoLocal() {
            // 2025-10-26: clocks go back from 03:00 CEST to 02:00 CET, 02:00-03:00 happens twice.
            assertThat(calculator.nextExpected(daily, Instant.parse("2025-10-25T00:00:04Z")))
                    .isEqualTo(Instant.parse("2025-10-26T00:00:00Z"));
            assertThat(calculator.nextExpected(daily, Instant.parse("2025-10-26T00:00:04Z")))
                    .isEqualTo(Instant.parse("2025-10-27T01:00:00Z"));
        }

        @Test
        void unanchoredDailyJobKeepsItsLocalTimeOverTheChange() {
            assertThat(calculator.nextExpected(schedule("1D", JobSchedule.ALL_DAYS, null), paris("2025-03-29T10:00:00")))
                    .isEqualTo(paris("2025-03-30T10:00:00"));
        }

        @Test
        void anchoredSixHourlyJobKeepsItsWallClockSlots() {
            JobSchedule sixHourly = schedule("6h", JobSchedule.ALL_DAYS, "00:30");

            assertThat(calculator.nextExpected(sixHourly, paris("2025-03-30T00:31:00")))
                    .isEqualTo(paris("2025-03-30T06:30:00"));
        }
    }

    @Nested
    class Tolerance {

        private final JobSchedule daily = schedule("1D", JobSchedule.ALL_DAYS, "02:00");
        private final Instant expected = calculator.nextExpected(daily, paris("2025-06-10T02:00:07"));

        @Test
        void jobToleranceReplacesTheGlobalOne() {
            Duration tolerance = withTolerance(daily, Duration.ofMinutes(30)).effectiveTolerance(GLOBAL_TOLERANCE);

            assertThat(expected).isEqualTo(paris("2025-06-11T02:00:00"));
            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T02:30:01"), expected, tolerance)).isTrue();
        }

        @Test
        void jobWithoutToleranceInheritsTheGlobalOne() {
            Duration tolerance = daily.effectiveTolerance(GLOBAL_TOLERANCE);

            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T02:30:01"), expected, tolerance)).isFalse();
            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T04:00:01"), expected, tolerance)).isTrue();
        }

        @Test
        void zeroToleranceIsOverdueRightAfterTheExpectedTime() {
            Duration tolerance = withTolerance(daily, Duration.ZERO).effectiveTolerance(GLOBAL_TOLERANCE);

            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T02:00:00"), expected, tolerance)).isFalse();
            assertThat(NextRunCalculator.isOverdue(paris("2025-06-11T02:00:01"), expected, tolerance)).isTrue();
        }
    }

    @Nested
    class Recovery {

        @Test
        void lateRunEndsTheOverduePeriodAndAnchorsTheNextNight() {
            JobSchedule daily = schedule("1D", JobSchedule.ALL_DAYS, "02:00");
            Instant now = paris("2025-06-12T09:00:00");
            Instant missed = calculator.nextExpected(daily, paris("2025-06-11T02:00:03"));
            assertThat(NextRunCalculator.isOverdue(now, missed, GLOBAL_TOLERANCE)).isTrue();

            Instant afterRecovery = calculator.nextExpected(daily, paris("2025-06-12T08:55:00"));

            assertThat(afterRecovery).isEqualTo(paris("2025-06-13T02:00:00"));
            assertThat(NextRunCalculator.isOverdue(now, afterRecovery, GLOBAL_TOLERANCE)).isFalse();
        }
    }

    @Nested
    class LongerIntervals {

        @Test
        void monthlyJobOnTheThirtyFirstRunsAtTheEndOfFebruary() {
            assertThat(calculator.nextExpected(schedule("1M", JobSchedule.ALL_DAYS, "04:00"), paris("2025-01-31T04:00:02")))
                    .isEqualTo(paris("2025-02-28T04:00:00"));
        }

        @Test
        void mixedIntervalWithoutAnchorAddsDaysThenHours() {
            assertThat(calculator.nextExpected(schedule("1D2h30m", JobSchedule.ALL_DAYS, null), paris("2025-06-10T01:00:00")))
                    .isEqualTo(paris("2025-06-11T03:30:00"));
        }
    }
}
