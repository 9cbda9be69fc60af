package io.dupliwatch.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class UiTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    static Ui ui(Locale locale) {
        return ui(locale, null);
    }

    static Ui ui(Locale locale, CsrfToken csrf) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Ui(messages, locale, ZoneId.of("Europe/Paris"), NOW, Theme.SYSTEM, csrf, "", "/", false, null);
    }

    @Nested
    class Sizes {

        @Test
        void areInBinaryUnitsWithOneDecimalBelowAHundred() {
            Ui en = ui(Locale.UK);
            assertThat(en.size(512)).isEqualTo("512\u00a0B");
            assertThat(en.size(1536)).isEqualTo("1.5\u00a0KiB");
            assertThat(en.size(5L * 1024 * 1024 * 1024)).isEqualTo("5.0\u00a0GiB");
            assertThat(en.size(150L * 1024 * 1024 * 1024)).isEqualTo("150\u00a0GiB");
            assertThat(en.size(3L * 1024 * 1024 * 1024 * 1024)).isEqualTo("3.0\u00a0TiB");
        }

        @Test
        void useTheFrenchDecimalCommaAndOctets() {
            assertThat(ui(Locale.FRENCH).size(1536)).isEqualTo("1,5\u00a0Kio");
            assertThat(ui(Locale.FRENCH).size(12)).isEqualTo("12\u00a0o");
        }
    }

    @Test
    void durationsDropTheUnitsThatDoNotMatter() {
        Ui ui = ui(Locale.UK);
        assertThat(ui.duration(3.24)).isEqualTo("3.2\u00a0s");
        assertThat(ui.duration(42)).isEqualTo("42\u00a0s");
        assertThat(ui.duration(252)).isEqualTo("4\u00a0min 12\u00a0s");
        assertThat(ui.duration(300)).isEqualTo("5\u00a0min");
        assertThat(ui.duration(2 * 3600 + 5 * 60 + 40)).isEqualTo("2\u00a0h 05\u00a0min");
    }

    @Nested
    class RelativeTimes {

        @Test
        void inEnglishMatchIntlRelativeTimeFormat() {
            Ui ui = ui(Locale.UK);
            assertThat(ui.relative(NOW.minusSeconds(20))).isEqualTo("just now");
            assertThat(ui.relative(NOW.minus(Duration.ofMinutes(1)))).isEqualTo("1 minute ago");
            assertThat(ui.relative(NOW.minus(Duration.ofMinutes(59)))).isEqualTo("59 minutes ago");
            assertThat(ui.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 hours ago");
            assertThat(ui.relative(NOW.minus(Duration.ofDays(1)))).isEqualTo("1 day ago");
            assertThat(ui.relative(NOW.minus(Duration.ofDays(65)))).isEqualTo("2 months ago");
            assertThat(ui.relative(NOW.minus(Duration.ofDays(800)))).isEqualTo("2 years ago");
            assertThat(ui.relative(NOW.plus(Duration.ofHours(5)))).isEqualTo("in 5 hours");
            assertThat(ui.relative(NOW.plus(Duration.ofMinutes(1)))).isEqualTo("in 1 minute");
        }

        @Test
        void inFrenchUseTheSingularForOne() {
            Ui ui = ui(Locale.FRENCH);
            assertThat(ui.relative(NOW.minus(Duration.ofHours(1)))).isEqualTo("il y a 1 heure");
            assertThat(ui.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("il y a 3 heures");
            assertThat(ui.relative(NOW.minus(Duration.ofDays(400)))).isEqualTo("il y a 1 an");
            assertThat(ui.relative(NOW.minus(Duration.ofDays(90)))).isEqualTo("il y a 3 mois");
            assertThat(ui.relative(NOW.plus(Duration.ofDays(2)))).isEqualTo("dans 2 jours");
            assertThat(ui.relative(NOW)).isEqualTo("à l’instant");
        }
    }

    @Test
    void datesAreShownInTheConfiguredZoneAndTheLanguagesFormat() {
        Instant instant = Instant.parse("2026-03-10T23:30:00Z"); // already the 11th in Paris
        assertThat(ui(Locale.UK).dateTime(instant)).isEqualTo("11 Mar 2026, 00:30");
        assertThat(ui(Locale.FRENCH).dateTime(instant)).isEqualTo("11 mars 2026 00:30");
    }

    @Test
    void theCsrfHeaderIsOnlyThereWithAToken() {
        assertThat(ui(Locale.UK).csrfHeaders()).isNull();
        Ui withToken = ui(Locale.UK, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc\"d"));
        assertThat(withToken.csrfHeaders()).isEqualTo("{\"X-CSRF-TOKEN\":\"abc\\\"d\"}");
    }
}
