package io.dupliwatch.monitoring;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobScheduleTest {

    private static final TimeWindow NIGHT = new TimeWindow(LocalTime.of(1, 0), LocalTime.of(6, 0));

    @Test
    void newJobsExpectADailyRunOnAnyDay() {
        assertThat(JobSchedule.DEFAULT.interval()).hasToString("1D");
        assertThat(JobSchedule.DEFAULT.weekdays()).hasSize(7);
        assertThat(JobSchedule.DEFAULT.effectiveTolerance(Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void readsWeekdayNamesAndAbbreviations() {
        assertThat(JobSchedule.weekday("Monday")).isEqualTo(DayOfWeek.MONDAY);
        assertThat(JobSchedule.weekday("sun")).isEqualTo(DayOfWeek.SUNDAY);
        assertThatThrownBy(() -> JobSchedule.weekday("Funday"))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessageContaining("Unknown weekday 'Funday'")
                .extracting("field").isEqualTo("weekdays");
    }

    @Test
    void refusesAScheduleWithoutWeekdays() {
        assertThatThrownBy(() -> new JobSchedule(Interval.parse("1D"), Set.of(), null, null, null))
                .extracting("field").isEqualTo("weekdays");
    }

    @Test
    void refusesBothATimeOfDayAndAWindow() {
        assertThatThrownBy(() -> new JobSchedule(Interval.parse("1D"), JobSchedule.ALL_DAYS, LocalTime.of(2, 0), NIGHT, null))
                .hasMessageContaining("either a time of day or a window")
                .extracting("field").isEqualTo("timeOfDay");
    }

    @Test
    void refusesToAnchorAnIntervalMixingDaysAndHours() {
        assertThatThrownBy(() -> new JobSchedule(Interval.parse("1D12h"), JobSchedule.ALL_DAYS, null, NIGHT, null))
                .hasMessageContaining("mixing days and hours (1D12h)")
                .extracting("field").isEqualTo("window");
    }

    @Test
    void windowCrossingMidnightMeasuresItsLengthOverIt() {
        TimeWindow lateNight = new TimeWindow(LocalTime.of(22, 0), LocalTime.of(4, 0));

        assertThat(lateNight.crossesMidnight()).isTrue();
        assertThat(lateNight.length()).isEqualTo(Duration.ofHours(6));
        assertThat(NIGHT.length()).isEqualTo(Duration.ofHours(5));
    }
}
