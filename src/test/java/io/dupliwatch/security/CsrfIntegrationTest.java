package io.dupliwatch.security;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CsrfIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    Http anonymous;
    Http admin;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
        accounts.create("alice", Role.ADMIN, PASSWORD, false);
        admin = anonymous.login("alice", PASSWORD);
    }

    @Test
    void aSessionApiWriteWithoutTheTokenIsRefusedWith403Json() {
        Http.Reply reply = admin.withoutCsrfToken().postJson("/api/users", "{\"username\": \"mallory\"}");

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("error").stringValue()).contains("CSRF");
        assertThat(accounts.find("mallory")).isEmpty();
    }

    @Test
    void theSameWriteWithTheHtmxHeaderTokenWorks() {
        Http.Reply reply = admin.postJson("/api/users", "{\"username\": \"mallory\"}");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void aPageFormWithoutTheTokenIsRefused() {
        Http.Reply reply = admin.withoutCsrfToken().postForm("/settings/users", Map.of("username", "mallory", "role", "admin"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(accounts.find("mallory")).isEmpty();
    }

    @Test
    void aForgedTokenIsRefused() {
        Http.Reply reply = admin.withoutCsrfToken().withHeader("X-CSRF-TOKEN", "forged")
                .postJson("/api/users", "{\"username\": \"mallory\"}");

        assertThat(reply.status()).isEqualTo(403);
    }

    @Test
    void logoutNeedsTheTokenToo() {
        assertThat(admin.withoutCsrfToken().postForm("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(admin.get("/api/users").status()).isEqualTo(200);
    }

    @Test
    void anExpiredLoginFormSendsBackToTheLoginPage() {
        Http browser = anonymous.browser();

        Http.Reply reply = browser.postForm("/login", Map.of("username", "alice", "password", PASSWORD));

        assertThat(reply.header("Location")).endsWith("/login?expired");
    }

    @Test
    void tokenCallsAndUploadsNeedNoCsrfToken() {
        assertThat(anonymous.asAdmin().postJson("/api/users", "{\"username\": \"tina\"}").status()).isEqualTo(201);
        assertThat(anonymous.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
    }

    @Test
    void aMadeUpTokenDoesNotSkipTheCsrfCheck() {
        Http.Reply reply = admin.withoutCsrfToken().postJson("/api/users?token=dwt_made-up", "{\"username\": \"mallory\"}");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(accounts.find("mallory")).isEmpty();
    }
}
