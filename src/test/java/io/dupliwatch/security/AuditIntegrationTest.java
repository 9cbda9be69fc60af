package io.dupliwatch.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

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
class AuditIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    Http anonymous;
    Http admin;

    @BeforeEach
    void setUp() {
        DatabaseCleaner.clean(jdbc);
        anonymous = new Http(port);
        accounts.create("alice", Role.ADMIN, PASSWORD, false);
        admin = anonymous.withHeader("User-Agent", "audit-test-browser").login("alice", PASSWORD);
    }

    @Test
    void loginsAndFailuresAreRecordedWithAddressAndUserAgent() {
        anonymous.browser().submitLogin("alice", "wrong password");

        JsonNode entries = admin.get("/api/audit").json();

        assertThat(entries.get(0).get("action").stringValue()).isEqualTo("login_failed");
        assertThat(entries.get(0).get("outcome").stringValue()).isEqualTo("failure");
        assertThat(entries.get(1).get("action").stringValue()).isEqualTo("login");
        assertThat(entries.get(1).get("actor").stringValue()).isEqualTo("alice");
        assertThat(entries.get(1).get("clientIp").stringValue()).isEqualTo("127.0.0.1");
        assertThat(entries.get(1).get("userAgent").stringValue()).isEqualTo("audit-test-browser");
        assertThat(entries.get(1).get("details").isObject()).isTrue();
    }

    @Test
    void otherFeaturesRecordTheirActionsWithTheCallerAsActorAndSecretsRedacted() {
        Http.Reply reply = anonymous.asAdmin().postJson("/api/users", "{\"username\": \"bob\", \"password\": \"a fine long password\"}");
        assertThat(reply.status()).isEqualTo(201);
        audit.record("settings_changed", "settings:smtp", Map.of("host", "mail.example", "smtpPassword", "hunter2hunter2"));

        JsonNode latest = admin.get("/api/audit?limit=1").json().get(0);

        assertThat(latest.get("actor").stringValue()).as("outside a request").isEqualTo("system");
        assertThat(latest.get("details").get("host").stringValue()).isEqualTo("mail.example");
        assertThat(latest.get("details").get("smtpPassword").stringValue()).isEqualTo(AuditLog.REDACTED);
        assertThat(admin.get("/api/audit?action=user_created").json().get(0).get("actor").stringValue())
                .isEqualTo("token:integration tests");
    }

    @Test
    void settingsChangesAndDeletionsThroughOtherFeaturesAreRecordedWithWhoAndWhere() {
        assertThat(anonymous.upload(io.dupliwatch.testsupport.Samples.bytes("duplicati/backup-success.json")).status())
                .isEqualTo(200);
        assertThat(admin.putJson("/api/monitoring/settings", "{\"tolerance\": \"1h\"}").status()).isEqualTo(200);
        assertThat(admin.delete("/api/servers/3f1c9a7be2d04c6f9a51d8e0b7c4a2f3").status()).isLessThan(300);

        JsonNode entries = admin.get("/api/audit?actor=alice").json();

        assertThat(entries.get(0).get("target").stringValue()).isEqualTo("DELETE /api/servers/3f1c9a7be2d04c6f9a51d8e0b7c4a2f3");
        assertThat(entries.get(0).get("clientIp").stringValue()).isEqualTo("127.0.0.1");
        assertThat(entries.get(1).get("action").stringValue()).isEqualTo("monitoring.updateGlobalSettings");
        assertThat(entries.get(1).get("target").stringValue()).isEqualTo("PUT /api/monitoring/settings");
        assertThat(admin.get("/api/audit?action=upload").json()).as("Duplicati's uploads are not changes").isEmpty();
    }

    @Test
    void filtersByActorActionOutcomeAndTime() {
        anonymous.browser().submitLogin("alice", "wrong password");
        anonymous.browser().submitLogin("nobody", "wrong password");

        assertThat(admin.get("/api/audit?outcome=failure").json()).hasSize(2);
        assertThat(admin.get("/api/audit?actor=NOBODY").json()).hasSize(1);
        assertThat(admin.get("/api/audit?action=login").json()).hasSize(1);
        assertThat(admin.get("/api/audit?to=2000-01-01").json()).isEmpty();
        assertThat(admin.get("/api/audit?from=" + Instant.now().minusSeconds(600)).json()).as("with user_created")
                .hasSize(4);
        Http.Reply bad = admin.get("/api/audit?from=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").stringValue()).isEqualTo("from");
    }

    @Test
    void pagesBackwardsWithBeforeId() {
        anonymous.browser().submitLogin("alice", "wrong password");
        JsonNode newest = admin.get("/api/audit?limit=1").json();

        JsonNode older = admin.get("/api/audit?limit=1&beforeId=" + newest.get(0).get("id").asLong()).json();

        assertThat(newest.get(0).get("action").stringValue()).isEqualTo("login_failed");
        assertThat(older.get(0).get("action").stringValue()).isEqualTo("login");
    }

    @Test
    void aUsernameThatASpreadsheetWouldRunAsAFormulaIsDefusedInTheCsvExport() {
        anonymous.browser().submitLogin("=hyperlink(\"http://evil.example\")", "wrong password");

        String csv = admin.get("/api/audit/export?format=csv&action=login_failed").body();

        assertThat(csv).contains(",\"'=hyperlink(\"\"http://evil.example\"\")\",").doesNotContain(",\"=hyperlink");
    }

    @Test
    void exportsCsvAndJsonAsAttachments() {
        Http.Reply csv = admin.get("/api/audit/export?format=csv&action=login");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains("audit-log-").contains(".csv");
        assertThat(csv.body()).startsWith(AuditCsv.HEADER + "\r\n").contains(",alice,login,");

        Http.Reply json = admin.get("/api/audit/export?format=json");
        assertThat(json.header("Content-Disposition")).contains(".json");
        assertThat(json.json().get(0).get("action").stringValue()).isEqualTo("login");

        assertThat(admin.get("/api/audit/export?format=xml").status()).isEqualTo(400);
    }

    @Test
    void thePageFiltersAndLinksTheExports() {
        Http.Reply page = admin.get("/settings/audit?action=login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("alice").contains("/api/audit/export?format=csv&amp;action=login");
    }

    @Test
    void entriesOlderThanTheRetentionArePurged() {
        int old = jdbc.sql("UPDATE audit_log SET occurred_at = :old")
                .param("old", Instant.now().minus(Duration.ofDays(91)).toEpochMilli()).update();
        anonymous.browser().submitLogin("alice", "wrong password");

        assertThat(audit.purgeExpired()).isEqualTo(old);

        assertThat(jdbc.sql("SELECT action FROM audit_log ORDER BY id").query(String.class).list())
                .containsExactly("login_failed", "audit_purged");
    }
}
