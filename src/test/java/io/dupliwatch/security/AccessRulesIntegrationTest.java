package io.dupliwatch.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestAdminToken;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint group against every kind of caller, with the default settings (duplistatus-compatible: ingest and
 * external API public). "Allowed" means the security layer let the request through: the endpoint may still answer
 * 404 (another feature's endpoint not on this branch, an unknown id), never 401 or 403.
 */
@IntegrationTest
class AccessRulesIntegrationTest {

    static final String PASSWORD = "correct horse battery staple";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    Http anonymous;
    Http viewer;
    Http admin;
    Http readToken;
    Http ingestToken;
    Http adminToken;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
        accounts.create("vera", Role.VIEWER, PASSWORD, false);
        accounts.create("adam", Role.ADMIN, PASSWORD, false);
        viewer = anonymous.login("vera", PASSWORD);
        admin = anonymous.login("adam", PASSWORD);
        readToken = anonymous.withToken(tokens.issue("read", Set.of(Scope.READ), "test").value());
        ingestToken = anonymous.withToken(tokens.issue("ingest", Set.of(Scope.INGEST), "test").value());
        adminToken = anonymous.withToken(tokens.issue("admin", Set.of(Scope.ADMIN), "test").value());
    }

    @Nested
    class PublicByDefault {

        @Test
        void healthIsPublic() {
            assertThat(anonymous.get("/api/health").status()).isEqualTo(200);
        }

        @Test
        void externalApiAndIntegrationReadsArePublic() {
            assertThat(anonymous.get("/api/summary").status()).isEqualTo(200);
            assertThat(anonymous.get("/api/lastbackup/unknown").status()).isEqualTo(404);
            assertThat(anonymous.get("/api/lastbackups/unknown").status()).isEqualTo(404);
            for (String path : List.of("/api/status/x", "/api/jobs", "/metrics")) {
                assertAllowed(anonymous.get(path), path);
            }
        }

        @Test
        void uploadIsPublicAndNeedsNoCsrfToken() {
            assertThat(anonymous.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
        }

        @Test
        void tokensAndSessionsWorkOnPublicEndpointsToo() {
            for (Http caller : List.of(viewer, admin, readToken, ingestToken, adminToken)) {
                assertThat(caller.get("/api/summary").status()).isEqualTo(200);
            }
        }
    }

    @Nested
    class OtherApiReads {

        static final List<String> READS = List.of("/api/monitoring/jobs", "/api/notifications/channels",
                "/api/servers", "/api/collect/status", "/api/chart-data/aggregated");

        @Test
        void anonymousGets401JsonNotARedirect() {
            for (String path : READS) {
                Http.Reply reply = anonymous.get(path);
                assertThat(reply.status()).as(path).isEqualTo(401);
                assertThat(reply.header("Content-Type")).contains("json");
                assertThat(reply.json().get("error").stringValue()).contains("Authentication required");
            }
        }

        @Test
        void viewersAdminsAndReadOrAdminTokensMayRead() {
            for (String path : READS) {
                for (Http caller : List.of(viewer, admin, readToken, adminToken)) {
                    assertAllowed(caller.get(path), path);
                }
            }
        }

        @Test
        void anIngestOnlyTokenMayNotRead() {
            Http.Reply reply = ingestToken.get("/api/servers");
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().get("error").stringValue()).contains("Forbidden");
        }
    }

    @Nested
    class ApiWrites {

        static final List<String> WRITES = List.of("/api/monitoring/check", "/api/notifications/test",
                "/api/servers/x", "/api/collect/x");

        @Test
        void anonymousGets401() {
            for (String path : WRITES) {
                assertThat(anonymous.postJson(path, "{}").status()).as(path).isEqualTo(401);
            }
        }

        @Test
        void viewersAndReadOrIngestTokensGet403() {
            for (String path : WRITES) {
                for (Http caller : List.of(viewer, readToken, ingestToken)) {
                    assertThat(caller.postJson(path, "{}").status()).as(path).isEqualTo(403);
                }
                assertThat(viewer.delete(path).status()).isEqualTo(403);
            }
        }

        @Test
        void adminsAndAdminTokensMayWrite() {
            for (String path : WRITES) {
                for (Http caller : List.of(admin, adminToken)) {
                    assertAllowed(caller.postJson(path, "{}"), path);
                }
            }
        }
    }

    @Nested
    class Administration {

        static final List<String> ADMIN_READS = List.of("/api/users", "/api/tokens", "/api/audit", "/api/ingest-secrets");

        @Test
        void onlyAdminsAndAdminTokensSeeUsersTokensAndAudit() {
            for (String path : ADMIN_READS) {
                assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
                for (Http caller : List.of(viewer, readToken, ingestToken)) {
                    assertThat(caller.get(path).status()).as(path).isEqualTo(403);
                }
                for (Http caller : List.of(admin, adminToken)) {
                    assertThat(caller.get(path).status()).as(path).isEqualTo(200);
                }
            }
        }
    }

    @Nested
    class Pages {

        @Test
        void anonymousIsSentToTheLoginPage() {
            for (String path : List.of("/", "/servers/x", "/settings/notifications", "/settings/users")) {
                Http.Reply reply = anonymous.get(path);
                assertThat(reply.status()).as(path).isEqualTo(302);
                assertThat(reply.header("Location")).endsWith("/login");
            }
        }

        @Test
        void anHtmxRequestIsToldToReloadOnTheLoginPage() {
            Http.Reply reply = anonymous.withHeader("HX-Request", "true").get("/servers/x");

            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("HX-Redirect")).isEqualTo("/login");
        }

        @Test
        void loginPageAndStaticAssetsArePublic() {
            assertThat(anonymous.get("/login").status()).isEqualTo(200);
            for (String path : List.of("/css/app.css", "/js/app.js", "/webjars/htmx.org/dist/htmx.min.js", "/favicon.ico")) {
                assertThat(anonymous.get(path).status()).as(path).isNotIn(302, 401, 403);
            }
        }

        @Test
        void viewersSeePagesButNotAdministration() {
            assertAllowed(viewer.get("/settings/notifications"), "settings");
            for (String path : List.of("/settings/users", "/settings/tokens", "/settings/audit")) {
                assertThat(viewer.get(path).status()).as(path).isEqualTo(403);
                assertThat(admin.get(path).status()).as(path).isEqualTo(200);
            }
        }

        @Test
        void tokensDoNotOpenPagesAndAreNeverKeptInASession() {
            Http.Reply reply = adminToken.get("/settings/users");
            Http.Reply inUrl = anonymous.get("/settings/users?token=" + TestAdminToken.VALUE);

            assertThat(reply.status()).isEqualTo(302);
            assertThat(inUrl.status()).isEqualTo(302);
            assertThat(reply.header("Set-Cookie")).as("no saved request holding the token").isNull();
            assertThat(inUrl.header("Set-Cookie")).isNull();
        }
    }

    static void assertAllowed(Http.Reply reply, String what) {
        assertThat(reply.status()).as(what + ": " + reply.body()).isNotIn(401, 403);
    }
}
