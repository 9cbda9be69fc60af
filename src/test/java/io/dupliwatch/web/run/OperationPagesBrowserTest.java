package io.dupliwatch.web.run;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.testsupport.BrowserTestBase;
import io.dupliwatch.testsupport.Samples;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19 in the pages: restores and verifications on the server page, their own page, and the dashboard card. */
class OperationPagesBrowserTest extends BrowserTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";

    private void upload(String sample, String operation, Instant begin, boolean reduced) {
        ObjectNode report = (ObjectNode) JSON.readTree(Samples.text("duplicati/" + sample));
        ObjectNode data = (ObjectNode) report.get("Data");
        data.put("BeginTime", begin.toString());
        if (operation != null) {
            data.put("MainOperation", operation);
        }
        if (reduced) {
            ((ObjectNode) report.get("Extra")).put("report-mode", "reduced");
            data.remove("RestorePath");
        }
        assertThat(http.upload(report.toString()).status()).isEqualTo(200);
    }

    @Test
    void theServerPageListsRestoresAndVerificationsWithTheirOwnFigures() {
        Instant now = Instant.now();
        upload("backup-success.json", null, now.minus(Duration.ofHours(3)), false);
        upload("test-verify.json", null, now.minus(Duration.ofHours(2)), false);
        upload("restore.json", "RestoreTest", now.minus(Duration.ofHours(1)), true);
        // restore.json belongs to another machine: give it the NAS job for this page
        jdbc.sql("UPDATE operation_runs SET job_id = (SELECT id FROM jobs WHERE server_id = :id)").param("id", NAS).update();

        browser.open("/servers/" + NAS);

        assertThat(browser.texts("#operations tbody td:nth-child(3)")).containsExactly("Restore test reduced", "Verification");
        // sizes keep their number and unit together with a no-break space
        assertThat(browser.texts("#operations tbody td:nth-child(6)")).map(text -> text.replace('\u00a0', ' '))
                .containsExactly("212 files restored (151 MiB)", "3 volumes checked, 0 problems found");
        assertAccessible();

        browser.click("#operations tbody tr:last-child a");
        browser.await(driver -> driver.getCurrentUrl().contains("/operations/"));
        assertThat(browser.find("h1").getText()).isEqualTo("Verification of NAS Documents on nas01");
        assertThat(browser.texts(".stats dt")).contains("Verifications", "VerificationProblems");
        assertAccessible();
    }

    @Test
    void theServerPageOperationsArePagedAndFilterableByOperation() {
        Instant now = Instant.now();
        upload("backup-success.json", null, now.minus(Duration.ofDays(30)), false);
        for (int hoursAgo = 1; hoursAgo <= 23; hoursAgo++) {
            upload("test-verify.json", null, now.minus(Duration.ofHours(hoursAgo)), false);
        }
        upload("test-verify.json", "Restore", now.minus(Duration.ofDays(2)), false);
        upload("test-verify.json", "Restore", now.minus(Duration.ofDays(3)), false);

        browser.open("/servers/" + NAS);
        assertThat(browser.find("#operations .pager").getText()).contains("Runs 1–20 of 25");

        browser.click("#operations .pager a[rel='next']");
        browser.await(driver -> browser.find("#operations .pager").getText().contains("Runs 21–25 of 25"));
        assertThat(browser.driver().getCurrentUrl()).contains("opsPage=1");
        assertThat(browser.texts("#operations tbody td:nth-child(3)"))
                .containsExactly("Verification", "Verification", "Verification", "Restore", "Restore");
        assertThat(browser.find("#history .pager").getText()).as("the run history keeps its own page")
                .contains("Runs 1–1 of 1");

        new Select(browser.find("#operations-operation")).selectByValue("Restore");
        browser.await(driver -> browser.find("#operations .pager").getText().contains("Runs 1–2 of 2"));
        assertThat(browser.texts("#operations tbody td:nth-child(3)")).containsExactly("Restore", "Restore");
        assertThat(browser.driver().getCurrentUrl()).contains("operation=Restore");
        assertAccessible();

        new Select(browser.find("#operations-operation")).selectByValue("Compact");
        browser.await(driver -> browser.find("#operations").getText().contains("No run matches."));
    }

    @Test
    void aReducedBackupIsMarkedOnItsPage() {
        upload("backup-warning-reduced.json", null, Instant.now().minus(Duration.ofHours(1)), false);
        long run = jdbc.sql("SELECT id FROM runs").query(Long.class).single();
        String server = jdbc.sql("SELECT server_id FROM runs").query(String.class).single();

        browser.open("/servers/" + server + "/runs/" + run);

        assertThat(browser.find(".title-row .tag").getText()).isEqualTo("reduced");
        browser.click("#log-warnings summary");
        assertThat(browser.texts("#log-warnings .log-lines li")).anySatisfy(line -> assertThat(line).contains("[ex:"));
    }

    @Test
    void theDashboardCardShowsTheLastVerificationAndRestoreTest() {
        Instant now = Instant.now();
        upload("backup-success.json", null, now.minus(Duration.ofHours(3)), false);
        upload("test-verify.json", null, now.minus(Duration.ofHours(2)), false);

        browser.open("/");

        assertThat(browser.find(".job-tested").getText()).startsWith("verified");
        assertAccessible();
    }
}
