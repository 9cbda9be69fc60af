package io.dupliwatch.web.server;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class ServerPageBrowserTest extends BrowserTestBase {

    /** True when the first chart's canvas has at least one painted pixel. */
    static final String CHART_PAINTED = """
            const canvas = document.querySelector('#charts .chart canvas');
            if (!canvas || canvas.width === 0) return false;
            const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            return pixels.some(value => value !== 0);
            """;

    @BeforeEach
    void postHistory() {
        new Fleet(http, Instant.now())
                .job("a1b2c3d4", "nas01", "Documents", "SSSSSSSSSSSSSSSSSSSSSSSSSSSSSS", Duration.ofDays(1), Duration.ofHours(3))
                .job("a1b2c3d4", "nas01", "Photos", "SSSWSSSESSSSSW", Duration.ofDays(1), Duration.ofHours(2));
    }

    long jobId(String name) {
        return jdbc.sql("SELECT id FROM jobs WHERE backup_name = :name").param("name", name).query(Long.class).single();
    }

    @Test
    void showsTheServerFiguresAndDrawsItsCharts() {
        browser.open("/servers/a1b2c3d4");

        assertThat(browser.find("h1").getText()).isEqualTo("nas01");
        assertThat(browser.texts(".tiles dt")).contains("Runs stored", "Available versions", "Storage used");
        assertThat(browser.texts(".job-tabs a")).containsExactly("All jobs", "Documents (OK)", "Photos (Warning)");
        browser.await(driver -> browser.findAll("#charts .chart canvas").size() >= 6);
        browser.await(driver -> Boolean.TRUE.equals(browser.script(CHART_PAINTED)));

        browser.click(".range-pills button[data-range='7d']");
        browser.await(driver -> "7d".equals(browser.find("#charts").getAttribute("data-range")));
        browser.await(driver -> Boolean.TRUE.equals(browser.script(CHART_PAINTED)));

        browser.screenshot("server-light");
        browser.cookie("dw-theme", "dark");
        browser.await(driver -> Boolean.TRUE.equals(browser.script(CHART_PAINTED)));
        browser.screenshot("server-dark");
        browser.cookie("dw-theme", "system");
    }

    @Test
    void theHistoryIsPagedSortableAndFilterableByStatus() {
        browser.open("/servers/a1b2c3d4");
        assertThat(browser.find(".pager").getText()).contains("Runs 1–20 of 44");

        browser.click(".pager a[rel='next']");
        browser.await(driver -> browser.find(".pager").getText().contains("Runs 21–40 of 44"));
        assertThat(browser.driver().getCurrentUrl()).contains("page=1");

        new Select(browser.find("#history-status")).selectByValue("Error");
        browser.await(driver -> browser.find(".pager").getText().contains("of 1"));
        assertThat(browser.texts(".history-table tbody td:nth-child(3)")).containsExactly("Failed");

        new Select(browser.find("#history-status")).selectByValue("");
        browser.await(driver -> browser.find(".pager").getText().contains("of 44"));
        browser.click(".history-table th:nth-child(4) a"); // duration
        browser.await(driver -> browser.findAll(".history-table th[aria-sort]").size() == 1
                && "descending".equals(browser.find(".history-table th:nth-child(4)").getAttribute("aria-sort")));
    }

    @Test
    void choosingAJobNarrowsTheFiguresAndTheHistory() {
        browser.open("/servers/a1b2c3d4");

        browser.click(".job-tabs a:nth-child(3)");

        browser.await(driver -> driver.getCurrentUrl().endsWith("?job=" + jobId("Photos")));
        assertThat(browser.find(".job-tabs a[aria-current='page']").getText()).startsWith("Photos");
        assertThat(browser.find(".pager").getText()).contains("of 14");
        assertThat(browser.texts(".history-table thead th")).doesNotContain("Job");
        browser.await(driver -> Boolean.TRUE.equals(browser.script(CHART_PAINTED)));
    }

    @Test
    void anUnknownServerIsA404Page() {
        expectConsoleError("status of 404"); // the page itself
        browser.open("/servers/nope");

        assertThat(browser.find(".error-code").getText()).isEqualTo("404");
    }
}
