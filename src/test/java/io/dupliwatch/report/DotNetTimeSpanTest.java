package io.dupliwatch.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DotNetTimeSpanTest {

    @Test
    void readsHoursMinutesSecondsWithSevenDigitFraction() {
        assertThat(DotNetTimeSpan.toSeconds("00:38:31.6018052")).isEqualTo(2311.6018052);
    }

    @Test
    void readsTheDayFormOfRunsLongerThanADay() {
        // duplistatus reads "1.04:12:33.5" as 1.04 hours; it is one day, 4 h 12 min 33.5 s.
        assertThat(DotNetTimeSpan.toSeconds("1.04:12:33.5018266")).isEqualTo(101553.5018266);
    }

    @Test
    void readsWholeSecondsAndZero() {
        assertThat(DotNetTimeSpan.toSeconds("12:00:00")).isEqualTo(43200.0);
        assertThat(DotNetTimeSpan.toSeconds("00:00:00")).isZero();
    }

    @Test
    void rejectsTextThatIsNotADuration() {
        assertThatThrownBy(() -> DotNetTimeSpan.toSeconds("five minutes"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("five minutes");
    }
}
