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
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Lock-out through the real login form. No delays here (login-delay=0), so only the locks show. */
@IntegrationTest
@TestPropertySource(properties = {"dupliwatch.security.login-delay=0s", "dupliwatch.security.login-max-failures-per-ip=12"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class LoginThrottleIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

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
        accounts.create("alice", Role.VIEWER, PASSWORD, false);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("alice", "wrong password " + i)).endsWith("/login?error");
        }

        String locked = attempt("alice", PASSWORD);

        assertThat(locked).contains("/login?wait=");
        assertThat(anonymous.get(locked.substring(locked.indexOf("/login"))).body()).contains("Too many failed attempts");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND actor = 'alice'")
                .query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'login_throttled'").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownNameAnswersExactlyLikeARealOne() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("bob-does-not-exist", "wrong password " + i)).isEqualTo(attempt("alice", "wrong password " + i));
        }

        assertThat(attempt("bob-does-not-exist", "x")).startsWith(attempt("alice", "x").replaceAll("wait=\\d+", ""));
    }

    @Test
    void oneAddressGuessingManyNamesIsLockedOut() {
        for (int i = 0; i < 12; i++) {
            attempt("guess" + i, "wrong password");
        }

        assertThat(attempt("alice", PASSWORD)).contains("/login?wait=");
    }

    @Test
    void aDisabledAccountGetsTheSameAnswerAsAWrongPassword() {
        accounts.create("carol", Role.VIEWER, PASSWORD, false);
        UserAccount carol = accounts.find("carol").orElseThrow();
        accounts.setEnabled(carol.id(), false, "admin");

        assertThat(attempt("carol", PASSWORD)).endsWith("/login?error");
    }

    @Test
    void wrongCurrentPasswordsOnThePasswordPageCountLikeFailedLogins() {
        Http alice = anonymous.login("alice", PASSWORD);
        for (int i = 0; i < 5; i++) {
            Http.Reply wrong = alice.postForm("/account/password", Map.of("currentPassword", "guess " + i,
                    "password", "a brand new passphrase", "confirm", "a brand new passphrase"));
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.body()).contains("The current password is wrong");
        }

        Http.Reply right = alice.postForm("/account/password", Map.of("currentPassword", PASSWORD,
                "password", "a brand new passphrase", "confirm", "a brand new passphrase"));

        assertThat(right.status()).isEqualTo(429);
        assertThat(right.header("Retry-After")).matches("\\d+");
        assertThat(right.body()).contains("Too many wrong passwords");
        assertThat(attempt("alice", PASSWORD)).as("the login is locked too").contains("/login?wait=");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'password_changed' AND outcome = 'failure'")
                .query(Long.class).single()).isEqualTo(6);
    }

    /** Where the login form sends the browser. */
    private String attempt(String username, String password) {
        return anonymous.browser().submitLogin(username, password).header("Location");
    }
}
