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

/** Behind nginx/Caddy at https://example.org/dupliwatch/, forwarding X-Forwarded-*. */
@IntegrationTest
@TestPropertySource(properties = {"server.forward-headers-strategy=native", "server.servlet.context-path=/dupliwatch"})
class ReverseProxyIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    Http proxied;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        accounts.create("alice", Role.ADMIN, PASSWORD, false);
        proxied = new Http("http://localhost:" + port + "/dupliwatch")
                .withHeader("X-Forwarded-Proto", "https")
                .withHeader("X-Forwarded-Host", "example.org")
                .withHeader("X-Forwarded-For", "203.0.113.7");
    }

    @Test
    void pagesRedirectToTheLoginPageUnderTheSubPath() {
        Http.Reply page = proxied.get("/settings/users");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/dupliwatch/login");
        assertThat(proxied.get("/login").body()).contains("action=\"/dupliwatch/login\"");
    }

    @Test
    void theSessionCookieIsSecureAndScopedToTheSubPath() {
        Http.Reply login = proxied.browser().submitLogin("alice", PASSWORD);

        assertThat(login.header("Set-Cookie")).contains("Secure").contains("Path=/dupliwatch;").contains("HttpOnly");
        assertThat(login.header("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void theAuditLogRecordsTheClientNotTheProxy() {
        proxied.login("alice", PASSWORD);

        assertThat(jdbc.sql("SELECT client_ip FROM audit_log WHERE action = 'login'").query(String.class).single())
                .isEqualTo("203.0.113.7");
    }

    @Test
    void apiRulesApplyUnderTheSubPath() {
        assertThat(proxied.get("/api/users").status()).isEqualTo(401);
        assertThat(proxied.asAdmin().get("/api/users").status()).isEqualTo(200);
        assertThat(proxied.get("/api/health").status()).isEqualTo(200);
    }
}
