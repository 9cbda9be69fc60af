package io.dupliwatch.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.dupliwatch.report.RunRecorder;
import io.dupliwatch.report.RunSource;
import io.dupliwatch.security.Accounts;
import io.dupliwatch.security.Role;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Reports;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servers stored with ids outside the safe set (as old reports could leave them; new uploads are validated) are
 * reached through the links the pages render, and those links never reach another route.
 */
class StoredIdRoutesIntegrationTest extends ServerTestBase {

    @Autowired
    RunRecorder recorder;

    @Autowired
    Accounts accounts;

    /** Stores a run of {@code serverId} the way ingest does, without its validation. */
    void storeRun(String serverId, String serverName) {
        recorder.record(Reports.backup("Success").server(serverId, serverName).job("Documents").run(), RunSource.IMPORT);
    }

    /** The {@code attribute} of the one element whose start tag holds every one of {@code markers}. */
    static String attribute(String html, String attribute, String... markers) {
        List<String> tags = Pattern.compile("<[^>]+>").matcher(html).results().map(MatchResult::group)
                .filter(tag -> Arrays.stream(markers).allMatch(tag::contains)).toList();
        assertThat(tags).as("elements with %s", List.of(markers)).hasSize(1);
        Matcher value = Pattern.compile(" " + attribute + "=\"([^\"]*)\"").matcher(tags.get(0));
        assertThat(value.find()).as("%s on %s", attribute, tags.get(0)).isTrue();
        return HtmlUtils.htmlUnescape(value.group(1));
    }

    @Nested
    class TheDeleteButtonOfAServerNamedLikeAnotherRoute {

        @Test
        void deletesThatServerAndNoUser() {
            long victim = accounts.create("victim", Role.VIEWER, TEST_PASSWORD, false).id();
            String id = "../users/" + victim;
            storeRun(id, "evil");
            storeRun("a1b2c3d4", "nas01");
            Http session = signedIn();
            long users = count("users");

            String settings = session.get("/settings/servers").body();
            String delete = attribute(settings, "data-api", "data-method=\"DELETE\"", "evil");
            Http.Reply reply = session.delete(delete);

            assertThat(delete).isEqualTo("/api/servers/..%2Fusers%2F" + victim);
            assertThat(reply.status()).isEqualTo(204);
            assertThat(jdbc.sql("SELECT id FROM servers").query(String.class).list()).containsExactly("a1b2c3d4");
            assertThat(count("users")).isEqualTo(users);
            assertThat(accounts.find("victim")).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "50%", "back\\slash", "dots/../up", "with space", "ünïcødé-机器", "semi;colon",
            "%2F", "{x}"})
    void aStoredServerIdOfAnyShapeOpensItsPagesAndIsArchivedAndDeleted(String id) {
        storeRun(id, "odd");
        Http session = signedIn();

        String dashboard = session.get("/?view=cards").body();
        Matcher serverLink = Pattern.compile("<h2 [^>]*><a href=\"([^\"]*)\">odd</a>").matcher(dashboard);
        assertThat(serverLink.find()).as("the server's link on the dashboard").isTrue();
        Http.Reply server = session.get(HtmlUtils.htmlUnescape(serverLink.group(1)));
        assertThat(server.status()).isEqualTo(200);
        assertThat(server.body()).contains("<h1>odd");
        String runLink = attribute(server.body(), "data-href", "class=\"clickable-row\"");
        Http.Reply run = session.get(runLink);
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body()).contains("Documents");

        String settings = session.get("/settings/servers").body();
        Http.Reply archived = session.post(attribute(settings, "data-api", "/archive\""), "application/json",
                new byte[0]);
        assertThat(archived.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT archived_at FROM servers WHERE id = :id").param("id", id).query(Long.class)
                .single()).isPositive();

        Http.Reply deleted = session.delete(attribute(session.get("/settings/servers").body(), "data-api",
                "data-method=\"DELETE\""));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(count("servers")).isZero();
    }
}
