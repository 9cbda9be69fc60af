package io.dupliwatch.web.settings;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.dupliwatch.report.RunRecorder;
import io.dupliwatch.report.RunSource;
import io.dupliwatch.security.Accounts;
import io.dupliwatch.security.Role;
import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.BrowserTestBase;
import io.dupliwatch.testsupport.Reports;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsBrowserTest extends BrowserTestBase {

    @Autowired
    Accounts accounts;

    @Autowired
    RunRecorder recorder;

    @BeforeEach
    void postRuns() {
        new Fleet(http, Instant.now())
                .job("a1b2c3d4", "nas01", "Documents", "SSSS", Duration.ofDays(1), Duration.ofHours(1))
                .job("e5f6a7b8", "db", "Dumps", "SSE", Duration.ofDays(1), Duration.ofHours(2));
    }

    long jobId(String name) {
        return jdbc.sql("SELECT id FROM jobs WHERE backup_name = :name").param("name", name).query(Long.class).single();
    }

    void replace(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text);
    }

    @Test
    void aJobsScheduleIsEditedThroughTheMonitoringApi() {
        long job = jobId("Dumps");
        browser.open("/settings/monitoring");

        browser.click("#monitor-" + job + " details summary");
        replace(browser.find("#interval-" + job), "12h");
        browser.click("#monitor-" + job + " form button[type=submit]");

        browser.await(driver -> browser.find("#monitor-" + job + " code").getText().equals("12h"));
        assertThat(browser.find("#monitor-" + job).getText()).contains("set by hand");
        assertThat(browser.find(".toast-success .toast-text").getText()).isEqualTo("Saved.");
        assertThat(http.get("/api/monitoring/jobs/" + job).json().get("interval").stringValue()).isEqualTo("12h");
        browser.screenshot("settings-monitoring-light");
    }

    @Test
    void editingTheIntervalInTheBrowserKeepsAWindowSetThroughTheApi() {
        long job = jobId("Dumps");
        assertThat(admin.putJson("/api/monitoring/jobs/" + job,
                "{\"interval\":\"1D\",\"window\":{\"start\":\"01:00\",\"end\":\"05:00\"},\"tolerance\":\"40m\"}").status())
                .isEqualTo(200);
        browser.open("/settings/monitoring");

        browser.click("#monitor-" + job + " details summary");
        replace(browser.find("#interval-" + job), "12h");
        browser.click("#monitor-" + job + " form button[type=submit]");

        browser.await(driver -> browser.find("#monitor-" + job + " code").getText().equals("12h"));
        assertThat(browser.find("#monitor-" + job).getText()).contains("01:00–05:00");
        var saved = http.get("/api/monitoring/jobs/" + job).json();
        assertThat(saved.get("window").toString()).isEqualTo("{\"start\":\"01:00\",\"end\":\"05:00\"}");
        assertThat(saved.get("tolerance").stringValue()).isEqualTo("40m");
    }

    @Test
    void theBulkFormChangesOnlyWhatWasEdited() {
        long documents = jobId("Documents");
        long dumps = jobId("Dumps");
        assertThat(admin.putJson("/api/monitoring/jobs", """
                [{"jobId":%d,"interval":"1D","timeOfDay":"02:30","tolerance":"20m"},
                 {"jobId":%d,"interval":"1D","enabled":false}]""".formatted(documents, dumps)).status()).isEqualTo(200);
        browser.open("/settings/monitoring");

        browser.click("input[name=job][value='" + documents + "']");
        browser.click("input[name=job][value='" + dumps + "']");
        browser.find("#bulk-interval").sendKeys("2D");
        browser.click("#bulk button[type=submit]");

        browser.await(driver -> browser.find("#monitor-" + dumps + " code").getText().equals("2D"));
        var first = http.get("/api/monitoring/jobs/" + documents).json();
        assertThat(first.get("interval").stringValue()).isEqualTo("2D");
        assertThat(first.get("timeOfDay").stringValue()).isEqualTo("02:30");
        assertThat(first.get("tolerance").stringValue()).isEqualTo("20m");
        var second = http.get("/api/monitoring/jobs/" + dumps).json();
        assertThat(second.get("interval").stringValue()).isEqualTo("2D");
        assertThat(second.get("enabled").booleanValue()).as("still disabled").isFalse();
        assertThat(second.get("weekdays")).hasSize(7);
    }

    @Test
    void aWrongValueIsRefusedWithTheReasonAndTheFieldMarked() {
        expectConsoleError("status of 400"); // the wrong value is answered 400
        browser.open("/settings/monitoring");

        replace(browser.find("#tolerance"), "soon");
        browser.click("form[data-api$='/api/monitoring/settings'] button[type=submit]");

        browser.await(driver -> !browser.findAll(".toast-error").isEmpty());
        assertThat(browser.find(".toast-error .toast-text").getText()).startsWith("Not saved:").contains("tolerance");
        assertThat(browser.find("#tolerance").getAttribute("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aServersTimeZoneIsChosenFromTheListAndShownBesideItsSchedulesAndOnItsPage() {
        long job = jobId("Documents");
        browser.open("/settings/servers");
        assertThat(browser.find("#zone-a1b2c3d4").getAttribute("placeholder")).isEqualTo(http.get("/api/monitoring/settings")
                .json().get("timeZone").stringValue());

        browser.find("#zone-a1b2c3d4").sendKeys("America/New_York");
        browser.click("#server-a1b2c3d4 .time-zone-form button[type=submit]");

        browser.await(driver -> !browser.findAll(".toast-success").isEmpty()); // shown once the page reloaded
        assertThat(browser.find("#zone-a1b2c3d4").getAttribute("value")).isEqualTo("America/New_York");
        assertThat(http.get("/api/monitoring/jobs/" + job).json().get("timeZone").stringValue()).isEqualTo("America/New_York");
        browser.open("/settings/monitoring");
        assertThat(browser.find("#monitor-" + job + " .schedule-zone").getText()).isEqualTo("America/New_York");
        browser.open("/servers/a1b2c3d4");
        assertThat(browser.find(".server-zone").getText()).isEqualTo("Time zone America/New_York");
    }

    @Test
    void anUnknownTimeZoneIsRefusedWithTheFieldMarked() {
        expectConsoleError("status of 400");
        browser.open("/servers/a1b2c3d4");

        browser.click(".server-zone-edit summary");
        browser.find("#zone-a1b2c3d4").sendKeys("Europe/Atlantis");
        browser.click(".server-zone-edit button[type=submit]");

        browser.await(driver -> !browser.findAll(".toast-error").isEmpty());
        assertThat(browser.find(".toast-error .toast-text").getText()).startsWith("Not saved:").contains("timeZone");
        assertThat(browser.find("#zone-a1b2c3d4").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM servers WHERE time_zone IS NOT NULL").query(Long.class).single()).isZero();
    }

    @Test
    void anAliasAndNoteShowOnTheDashboardAndArchivingHidesTheServer() {
        browser.open("/settings/servers");

        replace(browser.find("#alias-a1b2c3d4"), "Main NAS");
        replace(browser.find("#note-a1b2c3d4"), "Basement rack");
        browser.click("#server-a1b2c3d4 form[data-api$='/api/servers/a1b2c3d4'] button[type=submit]");
        browser.await(driver -> !browser.findAll(".toast-success").isEmpty());

        browser.open("/?view=cards&sort=name");
        assertThat(browser.find("#srv-a1b2c3d4 h2").getText()).isEqualTo("Main NAS");
        assertThat(browser.find("#srv-a1b2c3d4 .card-sub").getText()).isEqualTo("nas01");
        assertThat(browser.find("#srv-a1b2c3d4 .card-note").getText()).isEqualTo("Basement rack");

        browser.open("/settings/servers");
        browser.click("#server-e5f6a7b8 button[data-api$='/archive']");
        browser.driver().switchTo().alert().accept();
        browser.await(driver -> browser.find("#server-e5f6a7b8").getText().contains("archived"));
        browser.open("/");
        assertThat(browser.findAll("#srv-e5f6a7b8")).isEmpty();
    }

    @Test
    void aReinstalledMachineIsOfferedForMergeAndMergedWithOneClick() {
        // The same NAS reinstalled: a new machine-id, the same name, newer runs.
        new Fleet(http, Instant.now()).job("c0ffee01", "nas01", "Documents", "SS", Duration.ofDays(1), Duration.ofMinutes(30));
        browser.open("/settings/servers");

        assertThat(browser.find(".merge-candidates").getText()).contains("nas01 (a1b2c3d4) → nas01 (c0ffee01)");
        browser.click(".merge-candidate button[data-api$='/api/servers/a1b2c3d4/merge-into/c0ffee01']");
        browser.driver().switchTo().alert().accept();

        browser.await(driver -> browser.findAll("#server-a1b2c3d4").isEmpty());
        assertThat(browser.findAll(".merge-candidates")).isEmpty();
        assertThat(count("servers")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM runs WHERE server_id = 'c0ffee01'").query(Long.class).single())
                .as("the old identity's runs moved over").isEqualTo(6);
    }

    @Test
    void collectFromAllShowsItsProgress() {
        browser.open("/settings/servers");

        browser.click("button[data-api$='/api/collect']");

        browser.await(driver -> !browser.find("#collect-progress").getText().isBlank());
        assertThat(browser.find("#collect-progress").getText()).startsWith("Collecting: 0 of 0 servers");
    }

    @Test
    void channelsAreAddedAndAJobsFilterIsSavedThroughTheNotificationApi() {
        long job = jobId("Documents");
        browser.open("/settings/notifications");

        browser.click("details.inline-edit summary");
        browser.find("#channel-name").sendKeys("Team hook");
        new Select(browser.find("#channel-kind")).selectByValue("webhook");
        replace(browser.find("#channel-settings"), "{\"url\": \"https://hooks.example.com/backups\"}");
        browser.click("form[data-api$='/api/notifications/channels'] button[type=submit]");
        browser.await(driver -> browser.texts("#channels .channel-name").contains("Team hook"));

        WebElement filter = browser.find("select[data-api$='/api/notifications/jobs/" + job + "']");
        browser.await(driver -> filter.isEnabled());
        new Select(filter).selectByValue("errors");
        browser.await(driver -> "errors".equals(http.get("/api/notifications/jobs/" + job).json().get("filter").stringValue()));
        browser.screenshot("settings-notifications-light");
    }

    @Test
    void theDisplayChoicesAreRemembered() {
        browser.open("/settings/display");

        browser.click("input[name=theme][value=dark]");
        browser.click("input[name=lang][value=fr]");
        browser.click("form[action$='/settings/display'] button[type=submit]");

        browser.await(driver -> "fr".equals(browser.find("html").getAttribute("lang")));
        assertThat(browser.find("html").getAttribute("data-theme")).isEqualTo("dark");
        browser.screenshot("settings-display-dark");
        browser.click("input[name=theme][value=system]");
        browser.click("input[name=lang][value=auto]");
        browser.click("form[action$='/settings/display'] button[type=submit]");
        browser.await(driver -> "en".equals(browser.find("html").getAttribute("lang")));
    }

    @Test
    void theDeleteButtonOfAServerWhoseIdLooksLikeAnotherRouteDeletesThatServerAndNoUser() {
        long victim = accounts.create("victim", Role.VIEWER, TEST_PASSWORD, false).id();
        recorder.record(Reports.backup("Success").server("../users/" + victim, "evil").run(), RunSource.IMPORT);
        long users = count("users");
        browser.open("/settings/servers");

        browser.click(".server-settings button[data-method='DELETE'][data-confirm*='evil']");
        browser.driver().switchTo().alert().accept();

        browser.await(driver -> !browser.findAll(".toast-success").isEmpty());
        assertThat(jdbc.sql("SELECT id FROM servers ORDER BY id").query(String.class).list())
                .containsExactly("a1b2c3d4", "e5f6a7b8");
        assertThat(count("users")).isEqualTo(users);
        assertThat(accounts.find("victim")).isPresent();
    }
}
