package io.dupliwatch.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Real waiting (a couple of seconds): the idle timeout is enforced by Spring Session on the wall clock. */
class SessionTimeoutIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

    abstract static class SignedIn {

        @LocalServerPort
        int port;

        @Autowired
        JdbcClient jdbc;

        @Autowired
        Accounts accounts;

        Http bob;

        @BeforeEach
        void setUp() {
            DatabaseCleaner.clean(jdbc);
            accounts.create("bob", Role.VIEWER, PASSWORD, false);
            bob = new Http(port).login("bob", PASSWORD);
        }
    }

    @Nested
    @IntegrationTest
    @TestPropertySource(properties = "spring.session.timeout=2s")
    class Idle extends SignedIn {

        @Test
        void anUnusedSessionEndsAfterTheIdleTimeout() throws InterruptedException {
            Thread.sleep(1000);
            assertThat(bob.get("/api/servers").status()).as("still active").isNotIn(401, 403);

            Thread.sleep(2500);

            assertThat(bob.get("/api/servers").status()).isEqualTo(401);
        }
    }

    @Nested
    @IntegrationTest
    @TestPropertySource(properties = "dupliwatch.security.session-absolute-timeout=3s")
    class Absolute extends SignedIn {

        @Test
        void evenAnActiveSessionEndsAfterTheAbsoluteTimeout() throws InterruptedException {
            for (int i = 0; i < 4; i++) {
                assertThat(bob.get("/api/servers").status()).as("active at " + i + "s").isNotIn(401, 403);
                Thread.sleep(500);
            }
            Thread.sleep(1500);

            Http.Reply page = bob.get("/settings/notifications");

            assertThat(page.status()).isEqualTo(302);
            assertThat(page.header("Location")).endsWith("/login");
        }
    }
}
