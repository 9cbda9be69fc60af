package io.dupliwatch.security;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What a viewer may do with its own session: its preferences yes, administration no, and quietly. */
@ExtendWith(OutputCaptureExtension.class)
class ViewerAccessIntegrationTest extends ServerTestBase {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

    @Autowired
    Accounts accounts;

    Http viewer;

    @BeforeEach
    void signInAViewer() {
        accounts.create("vera", Role.VIEWER, PASSWORD, false);
        viewer = new Http(baseUrl()).login("vera", PASSWORD);
    }

    @Test
    void aViewerSwitchesItsOwnLanguage() {
        Http.Reply reply = viewer.postForm("/language", Map.of("lang", "fr", "back", "/settings/display"));

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/settings/display");
        assertThat(viewer.get("/settings/display").body()).contains("<html lang=\"fr\"");
    }

    @Test
    void aViewerSavesItsOwnDisplayChoices() {
        Http.Reply reply = viewer.postForm("/settings/display", Map.of("theme", "dark", "lang", "fr"));

        assertThat(reply.status()).isEqualTo(302);
        assertThat(viewer.cookie(io.dupliwatch.web.Theme.COOKIE)).isEqualTo("dark");
        assertThat(viewer.get("/").body()).contains("<html lang=\"fr\"").contains("data-theme=\"dark\"");
    }

    @Test
    void aViewersSettingsNavigationOffersOnlyWhatAViewerMayOpen() {
        String viewerPage = viewer.get("/settings/monitoring").body();
        String adminPage = signedIn().get("/settings/monitoring").body();

        assertThat(viewerPage).contains("href=\"/settings/display\"")
                .doesNotContain("href=\"/settings/users\"", "href=\"/settings/tokens\"", "href=\"/settings/audit\"");
        assertThat(adminPage).contains("href=\"/settings/users\"", "href=\"/settings/tokens\"", "href=\"/settings/audit\"");
    }

    @Test
    void adminSettingsStayAdminOnly() {
        assertThat(viewer.postJson("/api/monitoring/settings", "{\"tolerance\": \"1h\"}").status()).isEqualTo(403);
        assertThat(viewer.postForm("/settings/users", Map.of("username", "mallory", "role", "admin")).status())
                .isEqualTo(403);
        assertThat(accounts.find("mallory")).isEmpty();
    }

    @Test
    void anAdministrationPageAnswersAViewerWithTheErrorPageAndLogsNothingAboveInfo(CapturedOutput output) {
        int before = output.getAll().length();

        Http.Reply reply = viewer.withHeader("Accept", "text/html").get("/settings/users");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.header("Content-Type")).startsWith("text/html");
        assertThat(reply.body()).contains("class=\"error-code\">403<").doesNotContain("mallory");
        String logged = output.getAll().substring(before);
        assertThat(logged).doesNotContain("WARN").doesNotContain("ERROR").doesNotContain("\tat ");
    }
}
