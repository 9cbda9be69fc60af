package io.dupliwatch.web;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.report.RunPruner;
import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The web UI over plain HTTP: headers, languages, errors, the chart JSON and the live-update partials. */
class WebPagesIntegrationTest extends ServerTestBase {

    @BeforeEach
    void postRuns() {
        http = signedIn();
        new Fleet(http, Instant.now())
                .job("a1b2c3d4", "nas01", "Documents", "SSSE", Duration.ofDays(1), Duration.ofHours(1));
    }

    Http.Reply get(String path, String... headers) {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).headers(headers).GET());
    }

    long jobId() {
        return jdbc.sql("SELECT id FROM jobs").query(Long.class).single();
    }

    @Test
    void pagesForbidInlineScriptsAndStyles() {
        Http.Reply page = http.get("/");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'").contains("style-src 'self'")
                .doesNotContain("unsafe");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" onclick=").doesNotContain(" style=");
    }

    @Nested
    class Languages {

        @Test
        void followTheBrowser() {
            Http.Reply french = get("/", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");

            assertThat(french.body()).contains("<html lang=\"fr\"").contains("Sauvegardes");
        }

        @Test
        void anUnsupportedBrowserLanguageFallsBackToEnglish() {
            assertThat(get("/", "Accept-Language", "ru-RU").body()).contains("<html lang=\"en\"").contains("Backups");
        }

        @Test
        void theChoiceSavedInItsCookieWinsOverTheBrowser() {
            Http.Reply english = get("/", "Accept-Language", "en", "Cookie", "dw-lang=fr");

            assertThat(english.body()).contains("<html lang=\"fr\"");
        }

        @Test
        void theLanguageFormIsRefusedWithoutTheCsrfTokenOfAPage() {
            Http.Reply choice = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/language"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("lang=fr&back=/servers/a1b2c3d4")));

            assertThat(choice.status()).isEqualTo(403);
        }

        @Test
        void theLanguageFormOnlyGoesBackToPathsOfThisSite() {
            assertThat(LanguageController.isLocalPath("/servers/x?job=1")).isTrue();
            assertThat(LanguageController.isLocalPath("//evil.example")).isFalse();
            assertThat(LanguageController.isLocalPath("/\\evil.example")).isFalse();
            assertThat(LanguageController.isLocalPath("https://evil.example")).isFalse();
        }
    }

    @Nested
    class Errors {

        @Test
        void anUnknownServerIsAnHtmlPage() {
            Http.Reply reply = get("/servers/nope", "Accept", "text/html");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("text/html");
            assertThat(reply.body()).contains("class=\"error-code\">404<");
        }

        @Test
        void anHtmxRequestGetsAToastInTheToastContainer() {
            Http.Reply reply = get("/servers/nope", "HX-Request", "true", "HX-Target", "history");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("HX-Retarget")).isEqualTo("#toasts");
            assertThat(reply.header("HX-Reswap")).isEqualTo("beforeend");
            assertThat(reply.body()).contains("class=\"toast toast-error\"").doesNotContain("<html");
        }
    }

    @Nested
    class ChartData {

        @Test
        void isOneColumnPerSeriesAlignedOnTime() {
            Http.Reply reply = http.get("/api/chart-data/server/a1b2c3d4?range=7d&job=" + jobId());

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("range").stringValue()).isEqualTo("7d");
            assertThat(reply.json().get("bucketSeconds").longValue()).isEqualTo(3600);
            assertThat(reply.json().get("time").size()).isEqualTo(4);
            for (String series : new String[] {"runs", "uploadedSize", "duration", "fileCount", "fileSize",
                    "storageSize", "versions"}) {
                assertThat(reply.json().get(series).size()).as(series).isEqualTo(4);
            }
        }

        @Test
        void aBadRangeIsA400NamingTheField() {
            Http.Reply reply = http.get("/api/chart-data/server/a1b2c3d4?range=2w");

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.json().get("error").stringValue()).startsWith("Invalid range");
        }

        @Test
        void unknownServersAndJobsAre404() {
            assertThat(http.get("/api/chart-data/server/nope").status()).isEqualTo(404);
            Http.Reply otherJob = http.get("/api/chart-data/server/a1b2c3d4?job=999999");
            assertThat(otherJob.status()).isEqualTo(404);
            assertThat(otherJob.json().get("error").stringValue()).startsWith("Invalid job");
        }
    }

    @Nested
    class LiveChanges {

        @Test
        void aPageThatIsUpToDateGetsOnlyItsVersionBack() {
            String page = http.get("/").body();
            String since = page.replaceAll("(?s).*id=\"since\" name=\"since\" value=\"(\\d+)\".*", "$1");

            Http.Reply changes = http.get("/dashboard/changes?view=cards&since=" + since);

            assertThat(changes.body()).contains("id=\"since\"").doesNotContain("<article");
        }

        @Test
        void aPageThatMissedAReportGetsItsCardAndTheTilesOutOfBand() {
            String page = http.get("/").body();
            String since = page.replaceAll("(?s).*id=\"since\" name=\"since\" value=\"(\\d+)\".*", "$1");
            new Fleet(http, Instant.now()).job("a1b2c3d4", "nas01", "Documents", "W", Duration.ofDays(1), Duration.ZERO);

            Http.Reply changes = http.get("/dashboard/changes?view=cards&since=" + since);

            assertThat(changes.body()).contains("<article id=\"srv-a1b2c3d4\"").contains("hx-swap-oob=\"true\"")
                    .contains("id=\"tiles\"").doesNotContain("id=\"board\"");
        }

        @Test
        void aPageFromBeforeARestartIsRedrawnWhole() {
            Http.Reply changes = http.get("/dashboard/changes?view=table&since=999999999");

            assertThat(changes.body()).contains("<div id=\"board\" class=\"board\" hx-swap-oob=\"true\"")
                    .contains("<tr id=\"job-" + jobId() + "\"");
        }
    }

    /** History strips are kept rendered between views (per job version and language): they must never go stale. */
    @Nested
    class HistoryStrips {

        @Autowired
        RunPruner pruner;

        List<String> runLinks(String page) {
            return Pattern.compile("<a class=\"run run-(\\w+)\"").matcher(page).results().map(m -> m.group(1)).toList();
        }

        @Test
        void showANewRunAtTheEnd() {
            assertThat(runLinks(http.get("/").body())).containsExactly("ok", "ok", "ok", "error");

            new Fleet(http, Instant.now()).job("a1b2c3d4", "nas01", "Documents", "W", Duration.ofDays(1), Duration.ZERO);

            assertThat(runLinks(http.get("/").body())).containsExactly("ok", "ok", "ok", "error", "warning");
        }

        @Test
        void dropRunsThatRetentionDeleted() {
            assertThat(runLinks(http.get("/").body())).hasSize(4);

            pruner.prune(null, 2);

            assertThat(runLinks(http.get("/").body())).containsExactly("ok", "error");
        }

        @Test
        void speakThePagesLanguage() {
            assertThat(get("/", "Accept-Language", "en").body()).contains("aria-label=\"Success · ");

            assertThat(get("/", "Accept-Language", "fr").body()).contains("aria-label=\"Réussite · ")
                    .doesNotContain("aria-label=\"Success · ");
        }
    }
}
