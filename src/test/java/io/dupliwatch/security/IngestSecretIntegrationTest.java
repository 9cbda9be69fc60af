package io.dupliwatch.security;

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

@IntegrationTest
@TestPropertySource(properties = "dupliwatch.ingest.max-body-size=200KB")
class IngestSecretIntegrationTest {

    static final String NAS = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Http anonymous;
    Http admin;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
        admin = anonymous.asAdmin();
    }

    @Test
    void withoutAnySecretUploadsWorkAsBefore() {
        assertThat(anonymous.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
    }

    @Test
    void onceAServerHasASecretItsReportsNeedIt() {
        String secret = setSecret(NAS);

        Http.Reply without = anonymous.upload(Samples.bytes("duplicati/backup-success.json"));
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.json().get("error").stringValue()).contains("ingest secret");
        Http.Reply wrong = anonymous.post("/api/upload?secret=dws_wrong", "application/json",
                Samples.bytes("duplicati/backup-success.json"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(storedRuns()).isZero();

        Http.Reply with = anonymous.post("/api/upload?secret=" + secret, "application/json",
                Samples.bytes("duplicati/backup-success.json"));
        assertThat(with.status()).isEqualTo(200);
        assertThat(storedRuns()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action || ':' || outcome FROM audit_log WHERE action LIKE 'ingest_secret%' ORDER BY id")
                .query(String.class).list())
                .containsExactly("ingest_secret_set:success", "ingest_secret_rejected:failure", "ingest_secret_rejected:failure");
    }

    @Test
    void otherServersAreNotAffected() {
        setSecret(NAS);

        assertThat(anonymous.upload(Samples.bytes("duplicati/backup-warning.json")).status()).isEqualTo(200);
    }

    @Test
    void aNewSecretReplacesTheOldOne() {
        String first = setSecret(NAS);
        String second = setSecret(NAS);

        assertThat(anonymous.post("/api/upload?secret=" + first, "application/json",
                Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(403);
        assertThat(anonymous.post("/api/upload?secret=" + second, "application/json",
                Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
    }

    @Test
    void clearingTheSecretOpensTheServerAgain() {
        setSecret(NAS);

        assertThat(admin.delete("/api/ingest-secrets/" + NAS).status()).isEqualTo(204);

        assertThat(anonymous.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
        assertThat(admin.delete("/api/ingest-secrets/" + NAS).status()).isEqualTo(404);
    }

    @Test
    void theListNamesServersButNeverSecrets() {
        String secret = setSecret(NAS);

        Http.Reply list = admin.get("/api/ingest-secrets");

        assertThat(list.body()).contains(NAS).doesNotContain(secret);
        assertThat(jdbc.sql("SELECT secret_hash FROM ingest_secrets").query(String.class).single()).isNotEqualTo(secret);
    }

    @Test
    void badReportsStillGetTheUploadEndpointsOwnAnswers() {
        setSecret(NAS);

        assertThat(anonymous.upload("{\"Data\": ").status()).isEqualTo(400);
        Http.Reply huge = anonymous.upload(new byte[300 * 1024]);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.header("Content-Type")).contains("json");
        assertThat(huge.json().get("error").stringValue()).contains("max-body-size");
    }

    @Test
    void aSecondMachineIdCannotTakeTheNameOfAProtectedServer() {
        String secret = setSecret(NAS);
        assertThat(anonymous.post("/api/upload?secret=" + secret, "application/json",
                Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);

        Http.Reply squat = anonymous.upload(Samples.text("duplicati/backup-success.json").replace(NAS, "squatter"));

        assertThat(squat.status()).isEqualTo(409);
        assertThat(squat.json().get("field").stringValue()).isEqualTo("machine-name");
        assertThat(squat.json().get("error").stringValue()).contains("'nas01'", "ingest secret");
        assertThat(jdbc.sql("SELECT id FROM servers").query(String.class).list()).containsExactly(NAS);
        assertThat(anonymous.get("/api/status/nas01").json().get("server_id").stringValue()).isEqualTo(NAS);
    }

    @Test
    void aNameSharedBeforeTheSecretWasSetResolvesToTheProtectedServer() {
        String report = Samples.text("duplicati/backup-success.json");
        assertThat(anonymous.upload(report).status()).isEqualTo(200);
        assertThat(anonymous.upload(report.replace(NAS, "lookalike")).status()).isEqualTo(200);
        assertThat(anonymous.get("/api/status/nas01").status()).as("unprotected duplicates stay ambiguous").isEqualTo(400);

        setSecret(NAS);

        assertThat(anonymous.get("/api/status/nas01").json().get("server_id").stringValue()).isEqualTo(NAS);
        assertThat(anonymous.get("/api/lastbackup/nas01").status()).isEqualTo(200);
        assertThat(anonymous.upload(report.replace(NAS, "lookalike")
                .replace("2026-08-10T00:00:00.4169381Z", "2026-08-11T00:00:00Z")).status())
                .as("the lookalike may no longer report under the protected name").isEqualTo(409);
    }

    private String setSecret(String serverId) {
        Http.Reply reply = admin.postJson("/api/ingest-secrets/" + serverId, "");
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().get("secret").stringValue();
    }

    private long storedRuns() {
        return jdbc.sql("SELECT COUNT(*) FROM runs").query(Long.class).single();
    }
}
