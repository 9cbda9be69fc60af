package io.dupliwatch.security;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SessionIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;
    static final String NEW_PASSWORD = "another long passphrase here";
    static final String COOKIE = "DUPLIWATCH_SESSION";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    Http anonymous;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
        accounts.create("alice", Role.ADMIN, PASSWORD, false);
        accounts.create("bob", Role.VIEWER, PASSWORD, false);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNotSecureOverPlainHttp() {
        Http.Reply login = anonymous.browser().submitLogin("alice", PASSWORD);

        assertThat(login.header("Set-Cookie")).startsWith(COOKIE + "=").contains("HttpOnly")
                .contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void theDatabaseHoldsOnlyAHashOfTheSessionIdAndTheSessionKeepsWorking() {
        Http bob = anonymous.login("bob", PASSWORD);
        String cookie = bob.cookie(COOKIE);
        // Spring Session's cookie serializer writes the id Base64-encoded.
        String id = new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(storedSessionIds("bob")).containsExactly(HashedSessionIds.hash(id)).doesNotContain(id, cookie);
        for (int i = 0; i < 3; i++) {
            assertThat(bob.get("/api/servers").status()).isNotIn(401, 403);
        }
        assertThat(bob.cookie(COOKIE)).isEqualTo(cookie);
    }

    @Test
    void aSessionIdCopiedFromTheDatabaseOpensNoSession() {
        anonymous.login("bob", PASSWORD);
        String stored = storedSessionIds("bob").get(0);

        Http thief = anonymous.withHeader("Cookie", COOKIE + "=" + stored);

        assertThat(thief.get("/api/servers").status()).isEqualTo(401);
    }

    @Test
    void loggingInGivesANewSessionId() {
        Http browser = anonymous.browser();
        browser.readCsrfToken("/login");
        String before = browser.cookie(COOKIE);

        browser.postForm("/login", Map.of("username", "alice", "password", PASSWORD));

        assertThat(browser.cookie(COOKIE)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void changingMyPasswordEndsMyOtherSessionsButNotThisOne() {
        Http laptop = anonymous.login("bob", PASSWORD);
        Http phone = anonymous.login("bob", PASSWORD);

        Http.Reply change = laptop.postForm("/account/password",
                Map.of("currentPassword", PASSWORD, "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        assertThat(change.status()).isEqualTo(302);
        assertThat(laptop.get("/api/servers").status()).isNotIn(401, 403);
        assertThat(phone.get("/api/servers").status()).isEqualTo(401);
        assertThat(anonymous.browser().submitLogin("bob", PASSWORD).header("Location")).endsWith("/login?error");
        assertThat(anonymous.browser().submitLogin("bob", NEW_PASSWORD).header("Location")).doesNotContain("/login");
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        Http bob = anonymous.login("bob", PASSWORD);

        Http.Reply reply = bob.postForm("/account/password",
                Map.of("currentPassword", "not my password", "password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("The current password is wrong");
        assertThat(jdbc.sql("SELECT outcome FROM audit_log WHERE action = 'password_changed'").query(String.class).list())
                .containsExactly("failure");
    }

    @Test
    void disablingAUserEndsTheirSessions() {
        Http bob = anonymous.login("bob", PASSWORD);
        Http alice = anonymous.login("alice", PASSWORD);
        long bobId = accounts.find("bob").orElseThrow().id();

        assertThat(alice.patchJson("/api/users/" + bobId, "{\"enabled\": false}").status()).isEqualTo(200);

        assertThat(bob.get("/api/servers").status()).isEqualTo(401);
    }

    @Test
    void logoutEndsTheSession() {
        Http bob = anonymous.login("bob", PASSWORD);

        Http.Reply logout = bob.postForm("/logout", Map.of());

        assertThat(logout.header("Location")).endsWith("/login?logout");
        assertThat(bob.get("/api/servers").status()).isEqualTo(401);
        assertThat(storedSessionIds("bob")).isEmpty();
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE actor = 'bob' ORDER BY id").query(String.class).list())
                .containsExactly("login", "logout");
    }

    @Test
    void afterLoginTheBrowserReturnsToThePageItAskedFor() {
        Http browser = anonymous.browser();
        assertThat(browser.get("/settings/audit?actor=x").status()).isEqualTo(302);

        Http.Reply login = browser.submitLogin("alice", PASSWORD);

        assertThat(login.header("Location")).contains("/settings/audit?actor=x");
    }

    private java.util.List<String> storedSessionIds(String username) {
        return jdbc.sql("SELECT SESSION_ID FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :username")
                .param("username", username).query(String.class).list().stream().map(String::trim).toList();
    }
}
