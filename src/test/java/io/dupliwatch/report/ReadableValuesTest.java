package io.dupliwatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

class ReadableValuesTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    static ReadableValues values(Locale locale) {
        return new ReadableValues(MessageBundles.load(), locale, NOW);
    }

    @Nested
    class Sizes {

        @Test
        void areInBinaryUnitsWithOneDecimalBelowAHundred() {
            ReadableValues en = values(Locale.UK);
            assertThat(en.size(512)).isEqualTo("512\u00a0B");
            assertThat(en.size(1536)).isEqualTo("1.5\u00a0KiB");
            assertThat(en.size(5L * 1024 * 1024 * 1024)).isEqualTo("5.0\u00a0GiB");
            assertThat(en.size(150L * 1024 * 1024 * 1024)).isEqualTo("150\u00a0GiB");
            assertThat(en.size(3L * 1024 * 1024 * 1024 * 1024)).isEqualTo("3.0\u00a0TiB");
        }

        @Test
        void useTheFrenchDecimalCommaAndOctets() {
            assertThat(values(Locale.FRENCH).size(1536)).isEqualTo("1,5\u00a0Kio");
            assertThat(values(Locale.FRENCH).size(12)).isEqualTo("12\u00a0o");
        }
    }

    @Test
    void durationsDropTheUnitsThatDoNotMatter() {
        ReadableValues values = values(Locale.UK);
        assertThat(values.duration(3.24)).isEqualTo("3.2\u00a0s");
        assertThat(values.duration(42)).isEqualTo("42\u00a0s");
        assertThat(values.duration(252)).isEqualTo("4\u00a0min 12\u00a0s");
        assertThat(values.duration(300)).isEqualTo("5\u00a0min");
        assertThat(values.duration(2 * 3600 + 5 * 60 + 40)).isEqualTo("2\u00a0h 05\u00a0min");
    }

    @Nested
    class RelativeTimes {

        @Test
        void inEnglishMatchIntlRelativeTimeFormat() {
            ReadableValues values = values(Locale.UK);
            assertThat(values.relative(NOW.minusSeconds(20))).isEqualTo("just now");
            assertThat(values.relative(NOW.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
            assertThat(values.relative(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("59 minutes ago");
            assertThat(values.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 hours ago");
            assertThat(values.relative(NOW.minus(Duration.ofDays(1)))).isEqualTo("1 day ago");
            assertThat(values.relative(NOW.minus(Duration.ofDays(65)))).isEqualTo("2 months ago");
            assertThat(values.relative(NOW.minus(Duration.ofDays(800)))).isEqualTo("2 years ago");
            assertThat(values.relative(NOW.plus(Duration.ofHours(5)))).isEqualTo("in 5 hours");
            assertThat(values.relative(NOW.plus(Duration.ofMinutes(1)))).isEqualTo("in 1 minute");
        }

        @Test
        void inFrenchUseTheSingularForOne() {
            ReadableValues values = values(Locale.FRENCH);
            assertThat(values.relative(NOW.minus(Duration.ofHours(1)))).isEqualTo("il y a 1 heure");
            assertThat(values.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("il y a 3 heures");
            assertThat(values.relative(NOW.minus(Duration.ofDays(400)))).isEqualTo("il y a 1 an");
            assertThat(values.relative(NOW.minus(Duration.ofDays(90)))).isEqualTo("il y a 3 mois");
            assertThat(values.relative(NOW.plus(Duration.ofDays(2)))).isEqualTo("dans 2 jours");
            assertThat(values.relative(NOW)).isEqualTo("à l’instant");
        }
    }

    @Test
    void longDurationsStayInHours() {
        assertThat(values(Locale.UK).duration(26 * 3600 + 60)).isEqualTo("26\u00a0h 01\u00a0min");
    }

    @Test
    void statusesUseTheBundleAndUnexpectedOnesStayAsTheyAre() {
        assertThat(values(Locale.FRENCH).status("Success")).isEqualTo("Réussite");
        assertThat(values(Locale.FRENCH).status("Unknown")).isEqualTo("Inconnu");
        assertThat(values(Locale.UK).status("Exploded")).isEqualTo("Exploded");
    }
}
