package io.dupliwatch.web.settings;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import io.dupliwatch.testsupport.BrowserTestBase;
import io.dupliwatch.testsupport.Http;

import static org.assertj.core.api.Assertions.assertThat;

/** The users, API access, audit log and password pages: inside the settings frame, in English and French. */
class AccountPagesBrowserTest extends BrowserTestBase {

    static final String ISO_INSTANT = ".*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";

    void assertInTheSettingsFrame(String navText, String heading) {
        assertThat(browser.find(".settings-nav a[aria-current=page]").getText()).isEqualTo(navText);
        assertThat(browser.find(".settings-content h2").getText()).isEqualTo(heading);
        assertThat(browser.find("main").getText()).doesNotMatch("(?s)" + ISO_INSTANT);
    }

    void inFrench() {
        browser.cookie("dw-lang", "fr");
    }

    @Test
    void anAdminAddsAUserAndSeesItsOneTimePasswordOnce() {
        browser.open("/settings/users");
        assertInTheSettingsFrame("Users", "Users");
        assertThat(browser.find("#users").getText()).contains("tester").contains("(you)");

        browser.find("#username").sendKeys("alice");
        new Select(browser.find("#role")).selectByValue("viewer");
        browser.click("form[action='/settings/users'] button[type=submit]");

        browser.await(driver -> !browser.findAll(".toast-success").isEmpty());
        assertThat(browser.find(".toast-success .toast-text").getText()).isEqualTo("Created alice.");
        assertThat(browser.find("#one-time-password").getText()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(browser.find("#users").getText()).contains("alice").contains("viewer").contains("must change password");
        browser.screenshot("settings-users");

        inFrench();
        assertInTheSettingsFrame("Utilisateurs", "Utilisateurs");
        assertThat(browser.findAll("#one-time-password")).as("shown once").isEmpty();
        assertThat(browser.find("#users").getText()).contains("lecteur").contains("doit changer son mot de passe");
        browser.screenshot("settings-users-fr");
    }

    @Test
    void anAdminCreatesAReadTokenAndRevokesItAfterConfirming() {
        browser.open("/settings/tokens");
        assertInTheSettingsFrame("API access", "API tokens");

        browser.click("details.inline-edit summary");
        browser.find("#token-name").sendKeys("homepage");
        browser.click("input[name=scopes][value=read]");
        browser.click("form[action='/settings/tokens'] button[type=submit]");

        browser.await(driver -> !browser.findAll(".toast-success").isEmpty());
        assertThat(browser.find(".toast-success .toast-text").getText()).isEqualTo("Created the token homepage.");
        String token = browser.find("#one-time-secret").getText();
        assertThat(new Http(port).withToken(token).get("/api/monitoring/jobs").status()).isEqualTo(200);
        assertThat(browser.find("#tokens").getText()).contains("homepage").contains("read").contains("active");
        browser.screenshot("settings-tokens");

        long id = jdbc.sql("SELECT id FROM api_tokens WHERE name = 'homepage'").query(Long.class).single();
        browser.click("#token-" + id + " form[action$='/revoke'] button");
        browser.driver().switchTo().alert().accept();
        browser.await(driver -> browser.find("#token-" + id).getText().contains("revoked"));
        assertThat(new Http(port).withToken(token).get("/api/monitoring/jobs").status()).isEqualTo(401);

        inFrench();
        assertInTheSettingsFrame("Accès API", "Jetons d’API");
        assertThat(browser.find("#tokens").getText()).contains("révoqué");
        browser.screenshot("settings-tokens-fr");
    }

    @Test
    void theAuditLogIsFilteredByAction() {
        browser.open("/settings/audit");
        assertInTheSettingsFrame("Audit log", "Audit log");
        assertThat(browser.texts("#audit tbody tr td:nth-child(3)")).contains("user_created", "login");

        browser.find("#action").sendKeys("login");
        browser.click("#audit-filter button[type=submit]");

        browser.await(driver -> driver.getCurrentUrl().contains("action=login"));
        assertThat(browser.texts("#audit tbody tr td:nth-child(3)")).isNotEmpty().containsOnly("login");
        assertThat(browser.find("a[href*='format=csv']").getAttribute("href")).endsWith("format=csv&action=login");
        browser.screenshot("settings-audit");

        browser.find("#action").clear();
        browser.find("#action").sendKeys("nothing_like_this");
        browser.click("#audit-filter button[type=submit]");
        browser.await(driver -> !browser.findAll("#audit-empty").isEmpty());
        assertThat(browser.find("#audit-empty").getText()).isEqualTo("No entry matches this filter.");

        inFrench();
        assertInTheSettingsFrame("Journal d’audit", "Journal d’audit");
        assertThat(browser.find("#audit-empty").getText()).isEqualTo("Aucune entrée ne correspond à ce filtre.");
        browser.screenshot("settings-audit-fr");
    }

    @Test
    void aUserChangesTheirPasswordAfterAWrongTry() {
        expectConsoleError("status of 400"); // the wrong try is answered 400
        browser.open("/account/password");
        assertInTheSettingsFrame("My password", "Change your password");

        browser.find("#currentPassword").sendKeys("not my password");
        browser.find("#password").sendKeys("a fresh passphrase here");
        browser.find("#confirm").sendKeys("a fresh passphrase here");
        browser.click("form[action='/account/password'] button[type=submit]");
        browser.await(driver -> !browser.findAll("#password-problem").isEmpty());
        assertThat(browser.find("#password-problem").getText()).isEqualTo("The current password is wrong.");
        browser.screenshot("settings-password");

        browser.find("#currentPassword").sendKeys(TEST_PASSWORD);
        browser.find("#password").sendKeys("a fresh passphrase here");
        browser.find("#confirm").sendKeys("a fresh passphrase here");
        browser.click("form[action='/account/password'] button[type=submit]");

        browser.await(driver -> driver.getCurrentUrl().endsWith("/"));
        assertThat(new Http(port).browser().submitLogin("tester", "a fresh passphrase here").header("Location"))
                .doesNotContain("/login");

        browser.open("/account/password");
        inFrench();
        assertInTheSettingsFrame("Mon mot de passe", "Changer votre mot de passe");
        assertThat(browser.find("label[for=currentPassword]").getText()).isEqualTo("Mot de passe actuel");
        browser.screenshot("settings-password-fr");
    }

    @Test
    void theLoginPageIsStyledAndSpeaksFrench() {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        assertThat(browser.find("h1").getText()).isEqualTo("Sign in");
        assertThat(browser.find(".login-card button[type=submit]").getCssValue("background-color"))
                .isNotEqualTo(browser.find("body").getCssValue("background-color"));

        browser.chooseLanguage("fr");

        browser.await(driver -> browser.find("h1").getText().equals("Connexion"));
        assertThat(browser.find("label[for=username]").getText()).isEqualTo("Nom d’utilisateur");
        browser.screenshot("login-fr");
    }
}
