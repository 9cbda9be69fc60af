package io.dupliwatch.web.dashboard;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.BrowserTestBase;
import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/** Fourteen servers: twelve cards on the first page, the last two one click further, live updates still on. */
class DashboardPagingBrowserTest extends BrowserTestBase {

    void postFourteenServers() {
        Fleet fleet = new Fleet(http, Instant.now());
        for (int i = 10; i < 24; i++) {
            fleet.job("5e" + i + "aa00", "host-" + i, "Documents", "SSS", Duration.ofDays(1), Duration.ofHours(2));
        }
    }

    @Test
    void theNextPageShowsTheLaterServersAndFollowsTheirReports() {
        postFourteenServers();
        browser.open("/");
        assertThat(browser.findAll(".card")).hasSize(12);
        assertThat(browser.find(".pager").getText()).contains("Page 1 of 2");

        browser.click(".pager a[rel=next]");

        browser.await(driver -> browser.find(".pager").getText().contains("Page 2 of 2"));
        assertThat(browser.texts(".card h2")).containsExactly("host-22", "host-23");
        assertThat(browser.driver().getCurrentUrl()).contains("page=2");
        browser.await(driver -> browser.find("#live-status").getAttribute("class").contains("is-live"));

        http.upload(Reports.backup("Error").server("5e23aa00", "host-23").job("Documents")
                .started(Instant.now().minusSeconds(60), Duration.ofMinutes(1)).json());

        browser.await(driver -> browser.find("#srv-5e23aa00 .card-head .badge-text").getText().equals("Failed"));
        assertThat(browser.texts(".card h2")).containsExactly("host-22", "host-23");
    }

    @Test
    void theFilterReachesAServerOfTheSecondPage() {
        postFourteenServers();
        browser.open("/?q=host-23");

        assertThat(browser.texts(".card h2")).containsExactly("host-23");
        assertThat(browser.findAll(".pager")).isEmpty();
    }
}
