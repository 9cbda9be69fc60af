package io.dupliwatch.web.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.Reports;
import io.dupliwatch.testsupport.BrowserTestBase;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardBrowserTest extends BrowserTestBase {

    static final Duration DAY = Duration.ofDays(1);

    /** Six servers: three all good (one with an alias and a note), one with a warning, one failing, one overdue. */
    void postFleet() {
        new Fleet(http, Instant.now())
                .job("a1b2c3d4", "nas01", "Documents", "SSSSSSSSSSSS", DAY, Duration.ofHours(3))
                .job("a1b2c3d4", "nas01", "Photos", "SSSSWSSSSSSW", DAY, Duration.ofHours(2))
                .job("e5f6a7b8", "zeus-db", "Postgres dumps", "SSSSSESSSSSE", Duration.ofHours(6), Duration.ofHours(1))
                .job("e5f6a7b8", "zeus-db", "Config", "SSSSSSSS", DAY, Duration.ofHours(5))
                .job("c9d0e1f2", "laptop-marie", "Home folder", "SSWSSSSS", DAY, Duration.ofDays(3))
                .job("0a1b2c3d", "archive", "Web root", "SSSSSSSSSSSS", DAY, Duration.ofHours(7))
                .job("9f8e7d6c", "mail-gw", "Mailboxes", "SSSSSSSSSSSS", Duration.ofHours(6), Duration.ofMinutes(40))
                .job("5a4b3c2d", "office-pc", "Documents", "SSSSSWSSSSSS", DAY, Duration.ofHours(4))
                .job("5a4b3c2d", "office-pc", "Pictures", "SSSSSSSSSS", DAY, Duration.ofHours(4));
        jdbc.sql("UPDATE servers SET alias = 'Office PC', note = 'Reception desk' WHERE id = '5a4b3c2d'").update();
    }

    WebElement card(String machineId) {
        return browser.find("#srv-" + machineId);
    }

    String health(WebElement card) {
        return card.findElement(By.cssSelector(".card-head .badge-text")).getText();
    }

    List<String> cardNames() {
        return browser.texts(".card h2");
    }

    @Test
    void aFreshInstallShowsHowToPointDuplicatiAtThisServer() {
        browser.open("/");

        String options = browser.find("#setup-options").getText();
        assertThat(options).contains("--send-http-url=" + baseUrl() + "/api/upload")
                .contains("--send-http-result-output-format=Json")
                .contains("--send-http-log-level=Information");
        browser.screenshot("dashboard-empty-light");
    }

    @Nested
    class Cards {

        @Test
        void eachServerHasACardWithItsStateInWordsAndTheLastRunsOfEachJob() {
            postFleet();

            browser.open("/");

            assertThat(cardNames()).containsExactly("archive", "laptop-marie", "mail-gw", "nas01", "Office PC", "zeus-db");
            assertThat(health(card("a1b2c3d4"))).isEqualTo("Warning");
            assertThat(health(card("e5f6a7b8"))).isEqualTo("Failed");
            assertThat(health(card("c9d0e1f2"))).isEqualTo("Overdue");
            assertThat(health(card("0a1b2c3d"))).isEqualTo("OK");
            WebElement photos = card("a1b2c3d4").findElements(By.cssSelector(".job")).get(1);
            assertThat(photos.findElements(By.cssSelector(".strip a.run"))).hasSize(10);
            assertThat(photos.findElement(By.cssSelector(".strip a.run:last-child")).getAttribute("aria-label"))
                    .startsWith("Warning");
            assertThat(card("c9d0e1f2").findElement(By.cssSelector(".when-overdue")).getText()).startsWith("expected");
            assertThat(browser.find("#tile-overdue dd").getText()).isEqualTo("1");
            assertThat(browser.find("#tile-failing dd").getText()).isEqualTo("1");

            browser.screenshot("dashboard-cards-light");
            browser.cookie("dw-theme", "dark");
            assertThat(browser.find("html").getAttribute("data-theme")).isEqualTo("dark");
            browser.screenshot("dashboard-cards-dark");
            browser.cookie("dw-theme", "system");
        }

        @Test
        void sortingByStateShowsFailingServersFirst() {
            postFleet();
            browser.open("/?view=cards&sort=name");

            new Select(browser.find("#board-sort")).selectByValue("state");
            browser.await(driver -> cardNames().get(0).equals("zeus-db"));

            assertThat(cardNames()).containsExactly("zeus-db", "laptop-marie", "nas01", "archive", "mail-gw", "Office PC");
            browser.await(driver -> driver.getCurrentUrl().contains("sort=state"));
        }

        @Test
        void theFilterKeepsMatchingServersAndJobs() {
            postFleet();
            browser.open("/?view=cards&sort=name");

            browser.find("#q").sendKeys("photo");
            browser.await(driver -> cardNames().size() == 1);

            assertThat(cardNames()).containsExactly("nas01");
            assertThat(browser.texts("#srv-a1b2c3d4 .job-name")).containsExactly("Photos");
            browser.await(driver -> driver.getCurrentUrl().contains("q=photo"));

            browser.find("#q").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "zzz");
            browser.await(driver -> !browser.findAll(".empty-filter").isEmpty());
        }
    }

    @Nested
    class Table {

        @Test
        void showsOneRowPerJobSortableByColumn() {
            postFleet();
            browser.open("/?view=cards&sort=name");

            browser.click("label.segment:nth-of-type(2)");
            browser.await(driver -> browser.findAll(".jobs-table tbody tr").size() == 9);

            browser.click("th:nth-child(3) a"); // Status: worst first
            browser.await(driver -> "descending".equals(browser.find("th:nth-child(3)").getAttribute("aria-sort")));
            List<String> states = browser.texts(".jobs-table tbody tr td:nth-child(3)");
            assertThat(states).containsExactly("Failed", "Overdue", "Warning", "OK", "OK", "OK", "OK", "OK", "OK");
            browser.await(driver -> driver.getCurrentUrl().contains("view=table") && driver.getCurrentUrl().contains("sort=state"));

            browser.screenshot("dashboard-table-light");
            browser.cookie("dw-theme", "dark");
            browser.screenshot("dashboard-table-dark");
            browser.cookie("dw-theme", "system");
        }

        @Test
        void theChosenLayoutIsRememberedOnTheNextVisit() {
            postFleet();
            browser.open("/?view=table&sort=name");

            browser.open("/");

            assertThat(browser.findAll(".jobs-table tbody tr")).hasSize(9);
            browser.open("/?view=cards&sort=name");
        }
    }

    @Nested
    class Live {

        @Test
        void aNewReportRedrawsItsCardWithoutReloadingThePage() {
            postFleet();
            browser.open("/?view=cards&sort=name");
            browser.await(driver -> browser.find("#live-status").getAttribute("class").contains("is-live"));
            browser.script("window.notReloaded = true");

            http.upload(Reports.backup("Error").server("0a1b2c3d", "archive").job("Web root")
                    .started(Instant.now().minusSeconds(60), Duration.ofMinutes(1)).json());

            browser.await(driver -> health(card("0a1b2c3d")).equals("Failed"));
            assertThat(browser.find("#tile-failing dd").getText()).isEqualTo("2");
            assertThat(browser.script("return window.notReloaded")).isEqualTo(true);
        }

        @Test
        void aFirstReportFromANewServerAddsItsCard() {
            browser.open("/");
            browser.await(driver -> browser.find("#live-status").getAttribute("class").contains("is-live"));
            browser.script("window.notReloaded = true");

            http.upload(Reports.backup("Success").server("feedc0de", "new-box").job("Everything")
                    .started(Instant.now().minusSeconds(300), Duration.ofMinutes(2)).json());

            browser.await(driver -> !browser.findAll("#srv-feedc0de").isEmpty());
            assertThat(health(card("feedc0de"))).isEqualTo("OK");
            assertThat(browser.findAll("#setup-options")).isEmpty();
            assertThat(browser.script("return window.notReloaded")).isEqualTo(true);
        }

        @Test
        void inTheTableANewReportRedrawsItsRow() {
            postFleet();
            browser.open("/?view=table&sort=name");
            browser.await(driver -> browser.find("#live-status").getAttribute("class").contains("is-live"));
            long jobId = jdbc.sql("SELECT id FROM jobs WHERE backup_name = 'Config'").query(Long.class).single();

            http.upload(Reports.backup("Fatal").server("e5f6a7b8", "zeus-db").job("Config")
                    .started(Instant.now().minusSeconds(60), Duration.ofMinutes(1)).json());

            browser.await(driver -> browser.find("#job-" + jobId + " td:nth-child(3)").getText().equals("Failed"));
            browser.open("/?view=cards&sort=name");
        }
    }

    @Nested
    class French {

        @Test
        void theLanguageSwitchTranslatesThePageAndIsRemembered() {
            postFleet();
            browser.open("/?view=cards&sort=name");

            browser.chooseLanguage("fr");

            browser.await(driver -> browser.find("h1").getText().equals("Sauvegardes"));
            assertThat(health(card("e5f6a7b8"))).isEqualTo("Échec");
            assertThat(browser.find("#tiles .page-head p").getText()).startsWith("Dernier rapport il y a");
            browser.open("/");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
            browser.chooseLanguage("en");
            browser.await(driver -> browser.find("h1").getText().equals("Backups"));
        }
    }
}
