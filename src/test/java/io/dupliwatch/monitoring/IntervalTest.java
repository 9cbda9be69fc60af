package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IntervalTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Nested
    class Parsing {

        @ParameterizedTest
        @CsvSource({
                "30m, 0, 0, 0, 0, 0, 30, 0",
                "12h, 0, 0, 0, 0, 12, 0, 0",
                "1D, 0, 0, 0, 1, 0, 0, 0",
                "1W, 0, 0, 1, 0, 0, 0, 0",
                "1M, 0, 1, 0, 0, 0, 0, 0",
                "1Y, 1, 0, 0, 0, 0, 0, 0",
                "1D2h30m, 0, 0, 0, 1, 2, 30, 0",
                "2h1D, 0, 0, 0, 1, 2, 0, 0",
                "3600, 0, 0, 0, 0, 0, 0, 3600",
                "' 45s ', 0, 0, 0, 0, 0, 0, 45"
        })
        void readsDuplicatiRepeatStrings(String text, long y, long mo, long w, long d, long h, long mi, long s) {
            assertThat(Interval.parse(text)).isEqualTo(new Interval(y, mo, w, d, h, mi, s));
        }

        @Test
        void unitsAreCaseSensitiveSoMinutesAndMonthsDiffer() {
            assertThat(Interval.parse("1m").toDuration()).isEqualTo(Duration.ofMinutes(1));
            assertThat(Interval.parse("1M").months()).isEqualTo(1);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "''|Interval is empty",
                "1d|unknown unit 'd'",
                "1D2|the number 2 has no unit",
                "h|expected a number at position 1",
                "1D 2h|expected a number at position 3",
                "1h1h|unit 'h' appears twice",
                "0h|longer than zero",
                "0|longer than zero",
                "11Y|not be longer than 10 years",
                "99999999999999999999|too large"
        })
        void explainsWhatIsWrong(String text, String message) {
            assertThatIllegalArgumentException().isThrownBy(() -> Interval.parse(text))
                    .withMessageContaining(message);
        }

        @Test
        void refusesNull() {
            assertThatIllegalArgumentException().isThrownBy(() -> Interval.parse(null))
                    .withMessageContaining("empty");
        }
    }

    @Nested
    class Formatting {

        @ParameterizedTest
        @ValueSource(strings = {"1D2h30m", "1Y2M1W3D4h5m6s", "90s", "12h"})
        void writesTheCanonicalFormBack(String text) {
            assertThat(Interval.parse(text).toString()).isEqualTo(text);
        }

        @Test
        void writesDurations() {
            assertThat(Interval.format(Duration.ZERO)).isEqualTo("0");
            assertThat(Interval.format(Duration.ofHours(2))).isEqualTo("2h");
            assertThat(Interval.format(Duration.ofMinutes(36 * 60 + 15))).isEqualTo("1D12h15m");
        }

        @Test
        void readsFixedLengths() {
            assertThat(Interval.parseDuration("0")).isZero();
            assertThat(Interval.parseDuration("1W")).isEqualTo(Duration.ofDays(7));
            assertThat(Interval.parseDuration("1D30m")).isEqualTo(Duration.ofMinutes(24 * 60 + 30));
            assertThatIllegalArgumentException().isThrownBy(() -> Interval.parseDuration("1M"))
                    .withMessageContaining("no fixed length");
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void daysKeepTheLocalTimeAcrossTheSpringChange() {
            ZonedDateTime before = ZonedDateTime.of(2025, 3, 29, 10, 0, 0, 0, PARIS);

            ZonedDateTime after = Interval.parse("1D").addTo(before);

            assertThat(after.toLocalDateTime()).hasToString("2025-03-30T10:00");
            assertThat(Duration.between(before, after)).isEqualTo(Duration.ofHours(23));
        }

        @Test
        void hoursAreElapsedTime() {
            ZonedDateTime before = ZonedDateTime.of(2025, 3, 29, 22, 0, 0, 0, PARIS);

            assertThat(Interval.parse("12h").addTo(before).toLocalDateTime()).hasToString("2025-03-30T11:00");
        }

        @Test
        void monthsClampToTheEndOfShorterMonths() {
            ZonedDateTime endOfJanuary = ZonedDateTime.of(2025, 1, 31, 4, 0, 0, 0, PARIS);

            assertThat(Interval.parse("1M").addTo(endOfJanuary).toLocalDateTime()).hasToString("2025-02-28T04:00");
        }

        @Test
        void knowsWhichPartsItHas() {
            assertThat(Interval.parse("1D2h").isDayBased()).isTrue();
            assertThat(Interval.parse("1D2h").hasTimePart()).isTrue();
            assertThat(Interval.parse("90m").isDayBased()).isFalse();
            assertThat(Interval.parse("1M").approximateLength()).isEqualTo(Duration.ofDays(30));
        }
    }
}
