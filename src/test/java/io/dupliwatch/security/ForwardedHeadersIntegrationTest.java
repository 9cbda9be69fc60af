package io.dupliwatch.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy at 192.0.2.1 (not the test client, which connects from loopback): a client that forges
 * {@code X-Forwarded-For} itself is still seen at its real address by the login throttle and the audit log.
 */
@IntegrationTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "dupliwatch.proxy.trusted-addresses=192.0.2.1",
        "dupliwatch.security.login-delay=0s", "dupliwatch.security.login-max-failures-per-ip=3"})
class ForwardedHeadersIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
    }

    @Test
    void forgedForwardedForFromAnUntrustedPeerNeitherEscapesTheThrottleNorReachesTheAuditLog() {
        for (int i = 0; i < 3; i++) {
            assertThat(attemptFrom("198.51.100." + i, "guess" + i)).endsWith("/login?error");
        }

        assertThat(attemptFrom("198.51.100.99", "guess99")).contains("/login?wait=");
        assertThat(jdbc.sql("SELECT DISTINCT client_ip FROM audit_log WHERE action = 'login_failed'")
                .query(String.class).list()).allSatisfy(ip -> assertThat(ip).doesNotStartWith("198.51.100."));
    }

    private String attemptFrom(String forgedAddress, String username) {
        return new Http(port).withHeader("X-Forwarded-For", forgedAddress).browser()
                .submitLogin(username, "wrong password").header("Location");
    }
}
