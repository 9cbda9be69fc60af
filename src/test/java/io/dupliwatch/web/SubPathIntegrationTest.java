package io.dupliwatch.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Fleet;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import io.dupliwatch.testsupport.SubPath;

import static org.assertj.core.api.Assertions.assertThat;

/** Served under {@value SubPath#PATH}: every URL the server writes stays under it. */
@SubPath
class SubPathIntegrationTest extends ServerTestBase {

    private static final Pattern LOCAL_URL = Pattern.compile(
            "\\s(?:href|src|action|hx-get|sse-connect|data-api|data-load|data-progress|data-url|data-href|data-connection)"
                    + "=\"(/[^\"]*)\"");

    @Test
    void everyLinkFormAssetAndApiUrlOfThePagesIsUnderTheSubPath() {
        new Fleet(http, Instant.now()).job("a1b2c3d4", "nas01", "Documents", "SSW", Duration.ofDays(1), Duration.ofHours(1));
        long run = jdbc.sql("SELECT MAX(id) FROM runs").query(Long.class).single();
        Http session = signedIn();

        for (String page : List.of("/", "/?view=table", "/servers/a1b2c3d4", "/servers/a1b2c3d4/runs/" + run,
                "/settings/monitoring", "/settings/notifications", "/settings/servers", "/settings/display",
                "/settings/users", "/settings/tokens", "/settings/audit", "/account/password")) {
            Http.Reply reply = session.get(page);
            List<String> urls = LOCAL_URL.matcher(reply.body()).results().map(match -> match.group(1)).toList();

            assertThat(reply.status()).as(page).isEqualTo(200);
            assertThat(urls).as(page).isNotEmpty().allMatch(url -> url.startsWith(SubPath.PATH + "/"));
        }
    }

    @Test
    void theLoginPageLinksAndPostsUnderTheSubPath() {
        Http.Reply reply = http.get("/login");
        List<String> urls = LOCAL_URL.matcher(reply.body()).results().map(match -> match.group(1)).toList();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(urls).contains(SubPath.PATH + "/login", SubPath.PATH + "/language")
                .allMatch(url -> url.startsWith(SubPath.PATH + "/"));
    }

    @Test
    void aPageAsksForTheLoginUnderTheSubPathAndTheLoginComesBackThere() {
        Http.Reply page = http.get("/settings/servers");
        signedIn();
        Http.Reply login = new Http(baseUrl()).browser().submitLogin("tester", TEST_PASSWORD);

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith(SubPath.PATH + "/login");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith(SubPath.PATH + "/");
    }

    @Test
    void aCreatedChannelsLocationIsUnderTheSubPath() {
        Http.Reply created = admin.post("/api/notifications/channels", "application/json", """
                {"name": "Hook", "kind": "webhook", "settings": {"url": "https://hooks.example.com/backups"}}
                """.getBytes());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location"))
                .isEqualTo(SubPath.PATH + "/api/notifications/channels/" + created.json().get("id").longValue());
        assertThat(admin.get(created.header("Location").substring(SubPath.PATH.length())).status()).isEqualTo(200);
    }
}
