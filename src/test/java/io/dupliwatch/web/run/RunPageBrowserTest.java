package io.dupliwatch.web.run;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Reports;
import io.dupliwatch.testsupport.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class RunPageBrowserTest extends BrowserTestBase {

    long post(String status, Instant begin) {
        http.upload(Reports.backup(status).server("a1b2c3d4", "nas01").job("Documents")
                .started(begin, Duration.ofMinutes(4)).json());
        return jdbc.sql("SELECT id FROM runs WHERE begin_time = :begin").param("begin", begin.getEpochSecond() * 1000)
                .query(Long.class).single();
    }

    @Test
    void aFailedRunShowsItsStatisticsAndItsErrorsOpenAndSearchable() {
        Instant now = Instant.now();
        long older = post("Success", now.minus(Duration.ofDays(1)));
        long failed = post("Error", now.minus(Duration.ofHours(1)));

        browser.open("/servers/a1b2c3d4/runs/" + failed);

        assertThat(browser.find("h1").getText()).isEqualTo("Documents on nas01");
        assertThat(browser.find(".title-row .badge-text").getText()).isEqualTo("Failed");
        assertThat(browser.texts(".stats dt")).contains("Examined", "Uploaded", "Storage used", "Remote calls");
        assertThat(browser.find("#log-errors").getAttribute("open")).isNotNull();
        assertThat(browser.find("#log-warnings").getAttribute("open")).isNull();
        int lines = browser.findAll("#log-messages .log-lines li").size();
        assertThat(lines).isGreaterThan(3);

        browser.click("#log-messages summary");
        browser.find("#log-messages .log-search").sendKeys("Backups to consider");
        browser.await(driver -> browser.findAll("#log-messages .log-lines li:not([hidden])").size() < lines);
        browser.screenshot("run-light");
        browser.cookie("dw-theme", "dark");
        browser.screenshot("run-dark");
        browser.cookie("dw-theme", "system");

        browser.click("a[rel='prev']");
        browser.await(driver -> driver.getCurrentUrl().endsWith("/runs/" + older));
    }

    @Test
    void aSuccessfulRunListsTheVersionsLeftAtTheDestination() {
        long run = post("Success", Instant.now().minus(Duration.ofHours(2)));

        browser.open("/servers/a1b2c3d4/runs/" + run);

        assertThat(browser.findAll(".versions li")).isNotEmpty();
        assertThat(browser.find(".versions li:first-child").getText()).startsWith("#1");
    }

    @Test
    void aRunOfAnotherServerIsNotFound() {
        long run = post("Success", Instant.now().minus(Duration.ofHours(2)));

        expectConsoleError("status of 404"); // the page itself
        browser.open("/servers/other/runs/" + run);

        assertThat(browser.find(".error-code").getText()).isEqualTo("404");
    }
}
