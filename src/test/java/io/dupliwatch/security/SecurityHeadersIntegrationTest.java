package io.dupliwatch.security;

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
class SecurityHeadersIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagesForbidInlineScriptsFramingAndSniffing() {
        Http.Reply login = new Http(port).get("/login");

        String csp = login.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'").contains("object-src 'none'")
                .doesNotContain("unsafe-eval");
        assertThat(csp.substring(csp.indexOf("script-src"), csp.indexOf(';', csp.indexOf("script-src"))))
                .doesNotContain("unsafe-inline");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.body()).doesNotContain("<script");
    }

    @Test
    void theLastBackupEndpointsKeepTheirOwnCacheControl() {
        DatabaseCleaner.clean(jdbc);
        Http http = new Http(port);
        http.upload(Samples.bytes("duplicati/backup-success.json"));

        for (String path : new String[] {"/api/lastbackup/nas01", "/api/lastbackups/nas01", "/api/lastbackup/unknown"}) {
            assertThat(http.get(path).headers("Cache-Control")).as(path).containsExactly("no-store, no-cache, must-revalidate");
        }
    }

    @Test
    void theExternalApiHasItsOwnLeanChainButTheSameSecurityHeadersAndNoSession() {
        DatabaseCleaner.clean(jdbc);
        Http http = new Http(port);
        http.upload(Samples.bytes("duplicati/backup-success.json"));
        Http.Reply health = http.get("/api/health"); // answered through the main chain

        for (String path : new String[] {"/api/lastbackup/nas01", "/api/lastbackups/nas01", "/api/summary"}) {
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            for (String header : new String[] {"Content-Security-Policy", "X-Frame-Options", "X-Content-Type-Options",
                    "Referrer-Policy", "X-XSS-Protection"}) {
                assertThat(reply.headers(header)).as(path + " " + header).isNotEmpty()
                        .isEqualTo(health.headers(header));
            }
            assertThat(reply.headers("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void hstsIsOnlySentOverHttps() {
        assertThat(new Http(port).get("/login").header("Strict-Transport-Security")).isNull();
    }
}
