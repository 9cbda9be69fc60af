package io.dupliwatch.security;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dupliwatch.security.ingest=token} and {@code external-api=token}: the public endpoints need a token. */
@IntegrationTest
@TestPropertySource(properties = {"dupliwatch.security.ingest=token", "dupliwatch.security.external-api=token"})
class LockedEndpointsIntegrationTest {

    static final List<String> EXTERNAL = List.of("/api/summary", "/api/lastbackup/x", "/api/lastbackups/x",
            "/api/status/x", "/api/jobs", "/metrics");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    Http anonymous;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
    }

    @Test
    void uploadWithoutATokenIs401AndStoresNothing() {
        Http.Reply reply = anonymous.upload(Samples.bytes("duplicati/backup-success.json"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").stringValue()).contains("Authentication required");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM runs").query(Long.class).single()).isZero();
    }

    @Test
    void uploadAcceptsAnIngestOrAdminTokenInTheHeaderOrTheUrl() {
        String ingest = tokens.issue("duplicati", Set.of(Scope.INGEST), "test").value();
        String admin = tokens.issue("admin", Set.of(Scope.ADMIN), "test").value();

        assertThat(anonymous.withToken(ingest).upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
        assertThat(anonymous.post("/api/upload?token=" + ingest, "application/json",
                Samples.bytes("duplicati/backup-warning.json")).status()).isEqualTo(200);
        assertThat(anonymous.withToken(admin).upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(200);
    }

    @Test
    void aDuplicati20xReportNamesItsMachineBesideTheTokenInTheUrl() {
        String ingest = tokens.issue("duplicati", Set.of(Scope.INGEST), "test").value();
        byte[] report = Samples.bytes("duplicati/real-2.0.7.1-backup-success.wchorski-duplicati-dashboard.json");

        assertThat(anonymous.post("/api/upload?machine-name=nas01", "application/json", report).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/upload?machine-name=nas01&token=" + ingest, "application/json", report).status())
                .isEqualTo(200);

        assertThat(jdbc.sql("SELECT name FROM servers").query(String.class).single()).isEqualTo("nas01");
    }

    @Test
    void uploadRefusesAReadToken() {
        String read = tokens.issue("homepage", Set.of(Scope.READ), "test").value();

        assertThat(anonymous.withToken(read).upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(403);
    }

    @Test
    void aFormEncodedUploadWithATokenInTheUrlStillGetsItsOwnAnswer() {
        String ingest = tokens.issue("duplicati", Set.of(Scope.INGEST), "test").value();

        Http.Reply reply = anonymous.post("/api/upload?token=" + ingest, "application/x-www-form-urlencoded",
                "message=Duplicati+Backup+report".getBytes());

        assertThat(reply.status()).isEqualTo(415);
    }

    @Test
    void externalApiNeedsAReadToken() {
        String read = tokens.issue("homepage", Set.of(Scope.READ), "test").value();
        String ingest = tokens.issue("duplicati", Set.of(Scope.INGEST), "test").value();
        for (String path : EXTERNAL) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(401);
            assertThat(anonymous.withToken(ingest).get(path).status()).as(path).isEqualTo(403);
            assertThat(anonymous.withToken(read).get(path).status()).as(path).isNotIn(401, 403);
            String separator = path.contains("?") ? "&" : "?";
            assertThat(anonymous.get(path + separator + "token=" + read).status()).as(path).isNotIn(401, 403);
        }
        assertThat(anonymous.withToken(read).get("/api/summary").status()).isEqualTo(200);
    }

    @Test
    void signedInUsersStillReadTheExternalApi() {
        accounts.create("vera", Role.VIEWER, AccessRulesIntegrationTest.PASSWORD, false);

        assertThat(anonymous.login("vera", AccessRulesIntegrationTest.PASSWORD).get("/api/summary").status()).isEqualTo(200);
    }

    @Test
    void healthStaysPublic() {
        assertThat(anonymous.get("/api/health").status()).isEqualTo(200);
    }
}
