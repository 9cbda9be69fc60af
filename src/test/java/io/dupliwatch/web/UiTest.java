package io.dupliwatch.web;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.MessageBundles;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class UiTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    static Ui ui(Locale locale) {
        return ui(locale, null);
    }

    static Ui ui(Locale locale, CsrfToken csrf) {
        return ui(locale, null, csrf);
    }

    static Ui ui(Locale locale, Locale chosenFormats, CsrfToken csrf) {
        return new Ui(MessageBundles.load(), locale, chosenFormats, ZoneId.of("Europe/Paris"), NOW, Theme.SYSTEM, csrf,
                "", "/", false, null);
    }

    @Test
    void sizesDurationsAndRelativeTimesFollowTheSharedRules() {
        Ui ui = ui(Locale.FRENCH);
        assertThat(ui.size(1536)).isEqualTo("1,5\u00a0Kio");
        assertThat(ui.duration(252)).isEqualTo("4\u00a0min 12\u00a0s");
        assertThat(ui.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("il y a 3 heures");
        assertThat(ui.status("Error")).isEqualTo("Erreur");
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

    @Test
    void aChosenFormatLocaleFormatsDatesAndNumbersWhileTheWordsStayInTheLanguage() {
        Ui ui = ui(Locale.ENGLISH, Locale.GERMANY, null);
        Instant instant = Instant.parse("2026-03-10T23:30:00Z");

        assertThat(ui.dateTime(instant)).isEqualTo("11.03.2026, 00:30");
        assertThat(ui.size(1536)).isEqualTo("1,5\u00a0KiB");
        assertThat(ui.number(1234567)).isEqualTo("1.234.567");
        assertThat(ui.relative(NOW.minus(Duration.ofHours(3)))).isEqualTo("3 hours ago");
        assertThat(ui.formats()).isEqualTo("de-DE");
        assertThat(ui.lang()).isEqualTo("en");
    }

    @Test
    void theWeekStartsOnTheFormatLocalesFirstDay() {
        assertThat(ui(Locale.US).week()).startsWith(DayOfWeek.SUNDAY, DayOfWeek.MONDAY).endsWith(DayOfWeek.SATURDAY);
        assertThat(ui(Locale.UK).week()).startsWith(DayOfWeek.MONDAY).endsWith(DayOfWeek.SUNDAY);
        assertThat(ui(Locale.FRENCH).week()).startsWith(DayOfWeek.MONDAY);
        assertThat(ui(Locale.FRENCH, Locale.US, null).week()).startsWith(DayOfWeek.SUNDAY);
    }

    @Test
    void hindiInLatinScriptIsFormattedAsIndianEnglishNotInDevanagari() {
        Ui ui = ui(Locale.forLanguageTag("hi-Latn"));

        assertThat(ui.lang()).isEqualTo("hi-Latn");
        assertThat(ui.formats()).isEqualTo("en-IN");
        assertThat(ui.dateTime(Instant.parse("2026-03-10T23:30:00Z"))).contains("Mar").doesNotContainPattern("\\p{InDevanagari}");
    }
}
