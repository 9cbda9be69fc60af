package io.dupliwatch.web;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language a person gets: the browser's {@code Accept-Language} first, the choice made in the menu (remembered on
 * the account, applied at the next sign-in in any browser), and JSON errors whose {@code message} follows it while
 * {@code error} stays English.
 */
class LanguageChoiceIntegrationTest extends ServerTestBase {

    private String storedLanguage() {
        return jdbc.sql("SELECT language FROM users WHERE username = 'tester'").query(String.class).list().get(0);
    }

    @Test
    void thePagesFollowTheBrowsersLanguageWithRegionFallback() {
        Http browser = http.browser().withHeader("Accept-Language", "pt-PT,pt;q=0.9,en;q=0.5");

        assertThat(browser.get("/login").body()).contains("<html lang=\"pt-BR\"");
        assertThat(http.browser().withHeader("Accept-Language", "zh-CN").get("/login").body())
                .contains("<html lang=\"zh-Hans\"");
    }

    @Test
    void theMenuListsEveryLanguageInItsOwnName() {
        String page = http.browser().get("/login").body();

        assertThat(page).contains(">English<", ">Deutsch<", ">Français<", ">Español<", ">Português (Brasil)<",
                ">Italiano<", ">Nederlands<", ">简体中文<", ">Hindi (Roman)<");
        assertThat(page).contains("<option value=\"zh-Hans\" lang=\"zh-Hans\">");
    }

    @Test
    void aChoiceMadeWhileSignedInIsAppliedAtTheNextSignInInAnotherBrowser() {
        Http first = signedIn();

        assertThat(first.postForm("/language", Map.of("lang", "fr", "back", "/")).status()).isEqualTo(302);
        assertThat(storedLanguage()).isEqualTo("fr");

        Http second = http.browser().withHeader("Accept-Language", "en");
        Http.Reply login = second.submitLogin("tester", TEST_PASSWORD);

        assertThat(login.status()).isEqualTo(302);
        assertThat(second.cookie("dw-lang")).isEqualTo("fr");
        assertThat(second.get("/").body()).contains("<html lang=\"fr\"").contains("Sauvegardes");
    }

    @Test
    void followingTheBrowserAgainClearsTheAccountsChoice() {
        Http browser = signedIn();
        browser.postForm("/language", Map.of("lang", "de", "back", "/"));

        browser.postForm("/language", Map.of("lang", "auto", "back", "/"));

        assertThat(storedLanguage()).isNull();
    }

    @Test
    void beforeSignInTheChoiceIsKeptInACookieOnly() {
        Http anonymous = http.browser().withHeader("Accept-Language", "en");
        anonymous.readCsrfToken("/login");

        assertThat(anonymous.postForm("/language", Map.of("lang", "it", "back", "/login")).status()).isEqualTo(302);

        assertThat(anonymous.cookie("dw-lang")).isEqualTo("it");
        assertThat(anonymous.get("/login").body()).contains("<html lang=\"it\"");
    }

    @Test
    void anApiErrorHasItsMessageInTheRequestedLanguageAndItsErrorInEnglish() {
        Http.Reply french = admin.withHeader("Accept-Language", "fr-CA, en;q=0.5")
                .postJson("/api/users", "{\"username\": \"x\", \"role\": \"viewer\"}");
        Http.Reply english = admin.postJson("/api/users", "{\"username\": \"x\", \"role\": \"viewer\"}");

        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().path("error").stringValue()).startsWith("The user name must have 3 to 50 characters");
        assertThat(french.json().path("message").stringValue())
                .startsWith("Le nom d’utilisateur doit compter de 3 à 50 caractères");
        assertThat(english.json().path("message").stringValue())
                .startsWith("The user name must have 3 to 50 characters");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE username = 'x'").query(Long.class).single()).isZero();
    }

    @Test
    void theServersMessageSourceHandsOutTextsWithoutArgumentsVerbatim(@Autowired MessageSource messages) {
        assertThat(messages.getMessage("notification.template.success.body", null, Locale.FRENCH))
                .startsWith("La sauvegarde {backup_name} de {server_alias} s’est terminée").contains("\n\nDate : ");
        assertThat(messages.getMessage("notification.template.test.body", null, Locale.ENGLISH))
                .contains("channel \"{channel}\"");
    }

    @Test
    void theDisplayPageSavesAFormatLocaleAndForgetsAnUnknownOne() {
        Http browser = signedIn();

        browser.postForm("/settings/display", Map.of("theme", "system", "lang", "en", "formats", "de-DE"));

        assertThat(browser.cookie("dw-formats")).isEqualTo("de-DE");
        assertThat(browser.get("/settings/display").body()).contains("data-formats=\"de-DE\"")
                .contains("<option value=\"de-DE\" selected>");

        browser.postForm("/settings/display", Map.of("theme", "system", "lang", "en", "formats", "xx-<script>"));

        assertThat(browser.cookie("dw-formats")).isNullOrEmpty();
        assertThat(browser.get("/").body()).contains("<html lang=\"en\" data-formats=\"en\"");
    }
}
