package io.dupliwatch.security;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UserAdministrationIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    Http anonymous;
    Http alice;
    long aliceId;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
        aliceId = accounts.create("alice", Role.ADMIN, PASSWORD, false).id();
        alice = anonymous.login("alice", PASSWORD);
    }

    @Nested
    class Api {

        @Test
        void createWithAGeneratedOneTimePasswordThatMustBeChanged() {
            Http.Reply created = alice.postJson("/api/users", "{\"username\": \"Bob\", \"role\": \"viewer\"}");

            assertThat(created.status()).isEqualTo(201);
            JsonNode body = created.json();
            assertThat(body.get("user").get("username").stringValue()).isEqualTo("bob");
            assertThat(body.get("user").get("role").stringValue()).isEqualTo("viewer");
            assertThat(body.get("user").get("mustChangePassword").booleanValue()).isTrue();
            Http bob = anonymous.login("bob", body.get("oneTimePassword").stringValue());
            assertThat(bob.get("/api/servers").status()).isEqualTo(403);
        }

        @Test
        void createWithAChosenPasswordChecksThePolicy() {
            Http.Reply weak = alice.postJson("/api/users", "{\"username\": \"bob\", \"password\": \"short\"}");

            assertThat(weak.status()).isEqualTo(400);
            assertThat(weak.json().get("field").stringValue()).isEqualTo("password");
            assertThat(weak.json().get("error").stringValue()).contains("at least 12 characters");
        }

        @Test
        void invalidOrDuplicateNamesAreRefused() {
            assertThat(alice.postJson("/api/users", "{\"username\": \"a\"}").json().get("field").stringValue())
                    .isEqualTo("username");
            assertThat(alice.postJson("/api/users", "{\"username\": \"ALICE\"}").status()).isEqualTo(409);
            assertThat(alice.postJson("/api/users", "{\"username\": \"bob\", \"role\": \"root\"}").json()
                    .get("field").stringValue()).isEqualTo("role");
        }

        @Test
        void disableEnableAndRoleChanges() {
            long bob = accounts.create("bob", Role.VIEWER, PASSWORD, false).id();

            assertThat(alice.patchJson("/api/users/" + bob, "{\"enabled\": false}").json().get("enabled").booleanValue()).isFalse();
            assertThat(anonymous.browser().submitLogin("bob", PASSWORD).header("Location")).endsWith("/login?error");
            assertThat(alice.patchJson("/api/users/" + bob, "{\"enabled\": true, \"role\": \"admin\"}").json()
                    .get("role").stringValue()).isEqualTo("admin");
            assertThat(anonymous.login("bob", PASSWORD).get("/api/users").status()).isEqualTo(200);
        }

        @Test
        void resetGivesANewOneTimePasswordAndEndsSessions() {
            long bob = accounts.create("bob", Role.VIEWER, PASSWORD, false).id();
            Http bobSession = anonymous.login("bob", PASSWORD);

            Http.Reply reset = alice.postJson("/api/users/" + bob + "/reset-password", "");

            assertThat(reset.status()).isEqualTo(200);
            assertThat(bobSession.get("/api/servers").status()).isEqualTo(401);
            assertThat(anonymous.browser().submitLogin("bob", PASSWORD).header("Location")).endsWith("/login?error");
            Http.Reply login = anonymous.browser().submitLogin("bob", reset.json().get("oneTimePassword").stringValue());
            assertThat(login.header("Location")).endsWith("/account/password");
        }

        @Test
        void theLastAdminCanNeitherBeDeletedNorDisabledNorDemoted() {
            Http token = anonymous.asAdmin();

            for (Http.Reply reply : new Http.Reply[] {
                    token.delete("/api/users/" + aliceId),
                    token.patchJson("/api/users/" + aliceId, "{\"enabled\": false}"),
                    token.patchJson("/api/users/" + aliceId, "{\"role\": \"viewer\"}")}) {
                assertThat(reply.status()).isEqualTo(409);
                assertThat(reply.json().get("error").stringValue()).contains("last enabled admin");
            }
            assertThat(accounts.find("alice").orElseThrow().enabled()).isTrue();
        }

        @Test
        void anAdminCannotDeleteOrDisableThemselves() {
            accounts.create("root2", Role.ADMIN, PASSWORD, false);

            assertThat(alice.delete("/api/users/" + aliceId).status()).isEqualTo(409);
            assertThat(alice.patchJson("/api/users/" + aliceId, "{\"enabled\": false}").status()).isEqualTo(409);
        }

        @Test
        void deleteRemovesTheAccountAndItsSessions() {
            long bob = accounts.create("bob", Role.VIEWER, PASSWORD, false).id();
            Http bobSession = anonymous.login("bob", PASSWORD);

            assertThat(alice.delete("/api/users/" + bob).status()).isEqualTo(204);

            assertThat(accounts.find("bob")).isEmpty();
            assertThat(bobSession.get("/api/servers").status()).isEqualTo(401);
            assertThat(alice.delete("/api/users/" + bob).status()).isEqualTo(404);
        }

        @Test
        void everyChangeIsAuditedWithWhoAndFromWhere() {
            long bob = alice.postJson("/api/users", "{\"username\": \"bob\"}").json().get("user").get("id").asLong();
            alice.patchJson("/api/users/" + bob, "{\"enabled\": false}");
            alice.patchJson("/api/users/" + bob, "{\"enabled\": true}");
            alice.patchJson("/api/users/" + bob, "{\"role\": \"admin\"}");
            alice.postJson("/api/users/" + bob + "/reset-password", "");
            alice.delete("/api/users/" + bob);

            assertThat(jdbc.sql("""
                            SELECT action, actor, target, client_ip FROM audit_log
                            WHERE target = 'user:bob' ORDER BY id""")
                    .query((rs, n) -> rs.getString(1) + " by " + rs.getString(2) + " on " + rs.getString(3)
                            + " from " + rs.getString(4)).list())
                    .containsExactly("user_created by alice on user:bob from 127.0.0.1",
                            "user_disabled by alice on user:bob from 127.0.0.1",
                            "user_enabled by alice on user:bob from 127.0.0.1",
                            "user_role_changed by alice on user:bob from 127.0.0.1",
                            "user_password_reset by alice on user:bob from 127.0.0.1",
                            "user_deleted by alice on user:bob from 127.0.0.1");
        }
    }

    @Nested
    class Page {

        @Test
        void listsUsersAndCreatesOneShowingItsPasswordOnce() {
            Http.Reply created = alice.postForm("/settings/users", Map.of("username", "carol", "role", "viewer"));
            assertThat(created.status()).isEqualTo(302);

            Http.Reply page = alice.get("/settings/users");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("carol").contains("One-time password");
            assertThat(alice.get("/settings/users").body()).as("shown once").doesNotContain("One-time password");
        }

        @Test
        void refusalsAreShownOnThePage() {
            alice.postForm("/settings/users/" + aliceId + "/delete", Map.of());

            assertThat(alice.get("/settings/users").body()).contains("You cannot delete your own account");
        }

        @Test
        void disableFromThePage() {
            long bob = accounts.create("bob", Role.VIEWER, PASSWORD, false).id();

            alice.postForm("/settings/users/" + bob + "/disable", Map.of());

            assertThat(accounts.find("bob").orElseThrow().enabled()).isFalse();
            assertThat(alice.get("/settings/users").body()).contains("Disabled bob.");
        }
    }
}
