package io.dupliwatch.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;

import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokenIntegrationTest {

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
    void aNewTokenIsShownOnceAndStoredOnlyAsADigest() {
        Http.Reply created = admin.postJson("/api/tokens", "{\"name\": \"homepage\", \"scopes\": [\"read\"]}");

        assertThat(created.status()).isEqualTo(201);
        String value = created.json().get("value").stringValue();
        assertThat(value).startsWith("dwt_").hasSizeGreaterThan(40);
        assertThat(created.json().get("token").get("scopes").toString()).isEqualTo("[\"read\"]");
        assertThat(admin.get("/api/tokens").body()).contains("homepage").doesNotContain(value);
        assertThat(jdbc.sql("SELECT token_hash FROM api_tokens WHERE name = 'homepage'").query(String.class).single())
                .hasSize(64).isNotEqualTo(value);
    }

    @Test
    void aTokenWorksAsBearerOrInTheUrlAndRecordsItsUse() {
        String value = create("{\"name\": \"script\", \"scopes\": [\"read\"]}").get("value").stringValue();

        assertThat(anonymous.withToken(value).get("/api/servers").status()).isNotIn(401, 403);
        assertThat(anonymous.get("/api/servers?token=" + value).status()).isNotIn(401, 403);
        assertThat(jdbc.sql("SELECT last_used_at FROM api_tokens WHERE name = 'script'").query(Long.class).single())
                .isNotNull();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        JsonNode created = create("{\"name\": \"leaked\", \"scopes\": [\"admin\"]}");
        Http leaked = anonymous.withToken(created.get("value").stringValue());
        assertThat(leaked.get("/api/users").status()).isEqualTo(200);

        assertThat(admin.delete("/api/tokens/" + created.get("token").get("id").asLong()).status()).isEqualTo(204);

        Http.Reply refused = leaked.get("/api/users");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").stringValue()).isEqualTo("Invalid or revoked API token");
        assertThat(leaked.get("/api/summary").status()).as("even where no token is needed").isEqualTo(401);
        assertThat(admin.get("/api/tokens").body()).contains("\"revokedAt\":\"");
    }

    @Test
    void anUnknownTokenIs401() {
        assertThat(anonymous.withToken("dwt_unknown").get("/api/servers").status()).isEqualTo(401);
        assertThat(anonymous.withToken("not-even-ours").get("/api/servers").status()).isEqualTo(401);
    }

    @Test
    void aTokenNeedsANameAndKnownScopes() {
        Http.Reply noScope = admin.postJson("/api/tokens", "{\"name\": \"x\", \"scopes\": []}");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.json().get("field").stringValue()).isEqualTo("scopes");

        Http.Reply badScope = admin.postJson("/api/tokens", "{\"name\": \"x\", \"scopes\": [\"root\"]}");
        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.json().get("error").stringValue()).contains("unknown scope 'root'");

        Http.Reply noName = admin.postJson("/api/tokens", "{\"name\": \" \", \"scopes\": [\"read\"]}");
        assertThat(noName.json().get("field").stringValue()).isEqualTo("name");
    }

    @Test
    void revokingAnUnknownTokenIs404() {
        assertThat(admin.delete("/api/tokens/999999").status()).isEqualTo(404);
    }

    @Test
    void tokenChangesAreAudited() {
        JsonNode created = create("{\"name\": \"ci\", \"scopes\": [\"ingest\", \"read\"]}");
        admin.delete("/api/tokens/" + created.get("token").get("id").asLong());

        assertThat(jdbc.sql("SELECT action || ' by ' || actor FROM audit_log ORDER BY id").query(String.class).list())
                .containsExactly("token_created by token:integration tests", "token_revoked by token:integration tests");
    }

    private JsonNode create(String json) {
        Http.Reply reply = admin.postJson("/api/tokens", json);
        assertThat(reply.status()).isEqualTo(201);
        return reply.json();
    }
}
