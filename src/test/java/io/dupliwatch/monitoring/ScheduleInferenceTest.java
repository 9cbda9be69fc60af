package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

class ScheduleInferenceTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ScheduleInference inference = new ScheduleInference(PARIS);
    private final Random random = new Random(42);

    /** Start times at {@code time} on each day from {@code first} that passes the filter, delayed 0–{@code jitterSeconds}. */
    private List<Instant> daily(LocalDate first, int days, LocalTime time, int jitterSeconds, EnumSet<DayOfWeek> on) {
        List<Instant> runs = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(first.plusDays(days)); day = day.plusDays(1)) {
            if (on.contains(day.getDayOfWeek())) {
                runs.add(day.atTime(time).plusSeconds(random.nextInt(jitterSeconds + 1)).atZone(PARIS).toInstant());
            }
        }
        return runs;
    }

    @Test
    void hourlyJobGivesOneHourWithoutTimeOfDay() {
        List<Instant> runs = new ArrayList<>();
        LocalDateTime start = LocalDateTime.parse("2025-06-02T00:15:00");
        for (int hour = 0; hour < 96; hour++) {
            runs.add(start.plusHours(hour).plusSeconds(random.nextInt(91)).atZone(PARIS).toInstant());
        }

        ScheduleSuggestion suggestion = inference.infer(runs).orElseThrow();

        assertThat(suggestion.interval()).hasToString("1h");
        assertThat(suggestion.weekdays()).isEqualTo(JobSchedule.ALL_DAYS);
        assertThat(suggestion.timeOfDay()).isNull();
        assertThat(suggestion.confidence()).isEqualTo(1.0);
        assertThat(suggestion.runsAnalysed()).isEqualTo(96);
    }

    @Test
    void dailyJobWithJitterGivesItsScheduledTime() {
        List<Instant> runs = daily(LocalDate.parse("2025-03-10"), 40, LocalTime.of(2, 0), 299, EnumSet.allOf(DayOfWeek.class));

        ScheduleSuggestion suggestion = inference.infer(runs).orElseThrow();

        assertThat(suggestion.interval()).hasToString("1D");
        assertThat(suggestion.weekdays()).isEqualTo(JobSchedule.ALL_DAYS);
        assertThat(suggestion.timeOfDay()).isEqualTo(LocalTime.of(2, 0));
        assertThat(suggestion.confidence()).isEqualTo(1.0);
    }

    @Test
    void weekdaysOnlyJobGivesMondayToFriday() {
        List<Instant> runs = daily(LocalDate.parse("2025-06-02"), 28, LocalTime.of(22, 30), 120, EnumSet.range(MONDAY, FRIDAY));

        ScheduleSuggestion suggestion = inference.infer(runs).orElseThrow();

        assertThat(suggestion.interval()).hasToString("1D");
        assertThat(suggestion.weekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(suggestion.timeOfDay()).isEqualTo(LocalTime.of(22, 30));
        assertThat(suggestion.confidence()).isEqualTo(1.0);
    }

    @Test
    void weeklyJobGivesOneWeekOnItsDay() {
        List<Instant> runs = daily(LocalDate.parse("2025-05-04"), 56, LocalTime.of(3, 0), 240, EnumSet.of(SUNDAY));

        ScheduleSuggestion suggestion = inference.infer(runs).orElseThrow();

        assertThat(suggestion.interval()).hasToString("1W");
        assertThat(suggestion.weekdays()).containsExactly(SUNDAY);
        assertThat(suggestion.timeOfDay()).isEqualTo(LocalTime.of(3, 0));
        assertThat(suggestion.confidence()).isEqualTo(1.0);
    }

    @Test
    void jobJustAfterMidnightBelongsToTheRightWeekdays() {
        List<Instant> runs = daily(LocalDate.parse("2025-06-02"), 28, LocalTime.of(0, 1), 60, EnumSet.range(MONDAY, FRIDAY));

        ScheduleSuggestion suggestion = inference.infer(runs).orElseThrow();

        assertThat(suggestion.timeOfDay()).isEqualTo(LocalTime.of(0, 0));
        assertThat(suggestion.weekdays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void manualRunsLowerTheConfidenceButNotTheSchedule() {
        List<Instant> runs = daily(LocalDate.parse("2025-06-01"), 30, LocalTime.of(2, 0), 120, EnumSet.allOf(DayOfWeek.class));
        runs.add(Instant.parse("2025-06-10T13:17:00Z"));
        runs.add(Instant.parse("2025-06-21T16:40:00Z"));

        ScheduleSuggestion suggestion = inference.infer(runs).orElseThrow();

        assertThat(suggestion.interval()).hasToString("1D");
        assertThat(suggestion.timeOfDay()).isEqualTo(LocalTime.of(2, 0));
        assertThat(suggestion.weekdays()).isEqualTo(JobSchedule.ALL_DAYS);
        assertThat(suggestion.confidence()).isBetween(0.85, 0.99);
    }

    @Test
    void scatteredRunsGiveLowConfidence() {
        List<Instant> runs = new ArrayList<>();
        Instant at = Instant.parse("2025-06-01T00:00:00Z");
        for (int i = 0; i < 20; i++) {
            at = at.plusSeconds(3600 + random.nextInt(5 * 86_400));
            runs.add(at);
        }

        assertThat(inference.infer(runs).orElseThrow().confidence()).isLessThan(0.5);
    }

    @Test
    void fewerThanThreeRunsGiveNoSuggestion() {
        assertThat(inference.infer(List.of(Instant.parse("2025-06-01T02:00:00Z"), Instant.parse("2025-06-02T02:00:00Z"))))
                .isEmpty();
    }

    @Test
    void shortHistoryGivesLowerConfidence() {
        List<Instant> runs = daily(LocalDate.parse("2025-06-01"), 4, LocalTime.of(2, 0), 60, EnumSet.allOf(DayOfWeek.class));

        assertThat(inference.infer(runs).orElseThrow().confidence()).isEqualTo(0.5);
    }
}
