package io.dupliwatch.security;

import java.time.Duration;

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
import static org.awaitility.Awaitility.await;

/** Real waiting (a few seconds): both timeouts are enforced on the wall clock. */
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
        long signingIn;

        @BeforeEach
        void setUp() {
            DatabaseCleaner.clean(jdbc);
            accounts.create("bob", Role.VIEWER, PASSWORD, false);
            signingIn = System.currentTimeMillis();
            bob = new Http(port).login("bob", PASSWORD);
        }
    }

    @Nested
    @IntegrationTest
    @TestPropertySource(properties = "spring.session.timeout=2s")
    class Idle extends SignedIn {

        @Test
        void anUnusedSessionEndsAfterTheIdleTimeout() {
            long lastUse = System.currentTimeMillis();
            assertThat(bob.get("/api/servers").status()).as("active").isNotIn(401, 403);

            // Asking the server would use the session again: wait on its stored expiry instead, once it counts
            // from the last use (the session is saved as the request ends) and has passed.
            await("idle timeout passed").atMost(Duration.ofSeconds(10)).until(() -> {
                long expiry = jdbc.sql("SELECT EXPIRY_TIME FROM SPRING_SESSION WHERE PRINCIPAL_NAME = 'bob'")
                        .query(Long.class).single();
                return expiry >= lastUse + 2_000 && System.currentTimeMillis() > expiry;
            });

            assertThat(bob.get("/api/servers").status()).isEqualTo(401);
        }
    }

    @Nested
    @IntegrationTest
    @TestPropertySource(properties = "dupliwatch.security.session-absolute-timeout=3s")
    class Absolute extends SignedIn {

        @Test
        void evenAnActiveSessionEndsAfterTheAbsoluteTimeout() {
            assertThat(bob.get("/api/servers").status()).as("active").isNotIn(401, 403);

            // Used twice a second, so the session never idles; it still ends once the absolute timeout has passed.
            Http.Reply page = await("sent to the login page").atMost(Duration.ofSeconds(15))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> bob.get("/settings/notifications"), reply -> reply.status() == 302);

            assertThat(System.currentTimeMillis() - signingIn).as("not before the timeout").isGreaterThanOrEqualTo(3_000);
            assertThat(page.header("Location")).endsWith("/login");
        }
    }
}
