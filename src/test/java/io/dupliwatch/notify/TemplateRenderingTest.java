package io.dupliwatch.notify;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.monitoring.JobRecovered;
import io.dupliwatch.testsupport.MessageBundles;

import org.springframework.context.MessageSource;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateRenderingTest {

    private static final MessageSource MESSAGES = MessageBundles.load();
    private static final DefaultTemplates DEFAULTS = new DefaultTemplates(MESSAGES);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2025-03-12T09:30:00Z");

    static EventFacts errorRun() {
        return new EventFacts(EventKind.ERROR, 7, "m-1", "nas", "Home NAS", "in the attic", "Documents", 42L,
                "Error", Instant.parse("2025-03-12T01:00:03Z"), 3723.6, 12345L, 1_610_612_736L, 52_428_800L,
                5_497_558_138_880L, 14L, 120L, 1L, 2L, "Warning: file locked\nError: disk full", null, null, null,
                null, null, null, null);
    }

    static EventFacts overdue() {
        return new EventFacts(EventKind.OVERDUE, 7, "m-1", "nas", "", "", "Documents", null, null, null, null, null,
                null, null, null, null, null, null, null, null, Instant.parse("2025-03-11T01:00:00Z"),
                Instant.parse("2025-03-12T01:00:00Z"), 7200L, "1D", null, false, null);
    }

    private static String render(String text, EventFacts facts, String language) {
        return NotificationTemplate.fill(text, MessageVariables.of(facts, new ValueFormatter(MESSAGES, language, PARIS, NOW)));
    }

    @Nested
    class English {

        @Test
        void defaultErrorTemplateShowsTheRunAndItsLog() {
            NotificationTemplate template = DEFAULTS.of(EventKind.ERROR, "en");

            assertThat(render(template.title(), errorRun(), "en")).isEqualTo("❌ Error - Documents @ Home NAS (nas)");
            assertThat(render(template.body(), errorRun(), "en")).isEqualTo("""
                    Backup Documents on Home NAS (nas) failed with status Error.

                    Date: 12 Mar 2025 02:00:03 CET
                    Duration: 1\u00a0h 02\u00a0min
                    Errors: 2, warnings: 1

                    Warning: file locked
                    Error: disk full""");
        }

        @Test
        void sizesAreBinaryAndCountsGrouped() {
            assertThat(render("{file_count} files, {file_size}, up {uploaded_size}, stored {storage_size},"
                    + " {available_versions} versions, {messages_count} messages", errorRun(), "en"))
                    .isEqualTo("12,345 files, 1.5\u00a0GiB, up 50.0\u00a0MiB, stored 5.0\u00a0TiB, 14 versions, 120 messages");
        }

        @Test
        void overdueTemplateTellsHowLateTheJobIs() {
            NotificationTemplate template = DEFAULTS.of(EventKind.OVERDUE, "en");

            assertThat(render(template.title(), overdue(), "en")).isEqualTo("🕑 Overdue - Documents @ nas");
            assertThat(render(template.body(), overdue(), "en")).isEqualTo("""
                    No backup of Documents on nas has arrived in time.

                    Last backup: 11 Mar 2025 02:00:00 CET (1 day ago)
                    Expected: 12 Mar 2025 02:00:00 CET (8 hours ago)
                    Interval: 1D, tolerance: 2\u00a0h 00\u00a0min""");
        }

        @Test
        void runVariablesAreADashInAnOverdueAlert() {
            assertThat(render("{status} {duration} {file_size} {log_text}|", overdue(), "en")).isEqualTo("— — — |");
        }

        @Test
        void recoveredSaysWhatItRecoveredFrom() {
            EventFacts facts = new EventFacts(EventKind.RECOVERED, 7, "m-1", "nas", "", "", "Documents", 43L,
                    "Success", NOW.minusSeconds(30), 12.0, 1L, 1L, 1L, 1L, 1L, 0L, 0L, 0L, "", null, null, null, null,
                    JobRecovered.Reason.AFTER_OVERDUE, null, null);

            assertThat(render(DEFAULTS.of(EventKind.RECOVERED, "en").body(), facts, "en")).startsWith(
                    "Backup Documents on nas works again after an overdue period.\n\nStatus: Success");
            assertThat(render("{last_elapsed}", facts, "en")).isEqualTo("just now");
        }
    }

    @Nested
    class French {

        @Test
        void defaultErrorTemplateIsTranslatedWithFrenchFormats() {
            NotificationTemplate template = DEFAULTS.of(EventKind.ERROR, "fr");

            assertThat(render(template.title(), errorRun(), "fr")).isEqualTo("❌ Erreur - Documents @ Home NAS (nas)");
            assertThat(render(template.body(), errorRun(), "fr"))
                    .startsWith("La sauvegarde Documents de Home NAS (nas) a échoué avec le statut Erreur.")
                    .contains("Date : 12 mars 2025 02:00:03 CET")
                    .contains("Durée : 1\u00a0h 02\u00a0min");
        }

        @Test
        void sizesUseOctetsAndADecimalComma() {
            assertThat(render("{file_size} / {uploaded_size}", errorRun(), "fr")).isEqualTo("1,5\u00a0Gio / 50,0\u00a0Mio");
        }

        @Test
        void relativeTimesReadNaturally() {
            assertThat(render("{last_elapsed} / {expected_elapsed} / {overdue_tolerance}", overdue(), "fr"))
                    .isEqualTo("il y a 1 jour / il y a 8 heures / 2\u00a0h 00\u00a0min");
        }

        @Test
        void missingOperationsAreNamedInTheChannelsLanguage() {
            EventFacts untested = new EventFacts(EventKind.UNTESTED, 7, "m-1", "nas", "", "", "Documents", null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, "1M", null,
                    false, "RestoreTest, Test, SomethingNew");

            assertThat(render("{operation}", untested, "fr")).isEqualTo("Restauration de test, Vérification, SomethingNew");
            assertThat(render("{operation}", untested, "en")).isEqualTo("Restore test, Verification, SomethingNew");
        }

        @Test
        void everyEventKindHasADefaultInBothLanguages() {
            for (EventKind event : EventKind.templated()) {
                for (String language : new String[] { "en", "fr" }) {
                    NotificationTemplate template = DEFAULTS.of(event, language);
                    assertThat(NotificationTemplate.unknownVariables(template.title() + template.body()))
                            .as(event + " " + language).isEmpty();
                }
            }
        }
    }

    @Nested
    class Placeholders {

        @Test
        void defaultTemplatesAreReadVerbatimWithoutMessageFormat() {
            StaticMessageSource messages = new StaticMessageSource();
            Locale german = Locale.forLanguageTag("de");
            messages.addMessage("notification.template.error.title", german, "Sicherung '{backup_name}' – it's {status}");
            messages.addMessage("notification.template.error.body", german, "{log_text} {0}");

            NotificationTemplate template = new DefaultTemplates(messages).of(EventKind.ERROR, "de");

            assertThat(template.title()).isEqualTo("Sicherung '{backup_name}' – it's {status}");
            assertThat(template.body()).isEqualTo("{log_text} {0}");
        }

        @Test
        void theBundledTemplatesKeepTheirVariablesAndLineBreaks() {
            NotificationTemplate template = DEFAULTS.of(EventKind.OVERDUE, "en");

            assertThat(template.body()).startsWith("No backup of {backup_name} on {server_alias} has arrived in time.\n\n");
        }

        @Test
        void unknownPlaceholdersAndBracesAreLeftAlone() {
            assertThat(NotificationTemplate.fill("{a} {known} {Known} {} json: {\"x\": 1}", Map.of("known", "$1\\")))
                    .isEqualTo("{a} $1\\ {Known} {} json: {\"x\": 1}");
        }

        @Test
        void unknownVariablesAreListedForValidation() {
            assertThat(NotificationTemplate.unknownVariables("{server_name} {sever_name} {status} {foo}"))
                    .containsExactly("{sever_name}", "{foo}");
        }

        @Test
        void futureInstantsAreInTheFuture() {
            ValueFormatter format = new ValueFormatter(MESSAGES, "en", PARIS, NOW);

            assertThat(format.elapsed(NOW.plusSeconds(20 * 60))).isEqualTo("in 20 minutes");
            assertThat(format.elapsed(NOW.minusSeconds(3600))).isEqualTo("1 hour ago");
            assertThat(format.duration(0.2)).isEqualTo("0.2\u00a0s");
            assertThat(format.size(1023L)).isEqualTo("1,023\u00a0B");
        }
    }
}
