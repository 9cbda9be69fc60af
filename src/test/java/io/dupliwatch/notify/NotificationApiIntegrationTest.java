package io.dupliwatch.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.storage.SecretCipher;
import io.dupliwatch.storage.StorageProperties;
import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestDatabaseInitializer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@NotifyIntegrationTest
class NotificationApiIntegrationTest {

    static final String CHANNELS = "/api/notifications/channels";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    OutboxWorker worker;

    @Autowired
    MutableClock clock;

    final MockWebServer receiver = new MockWebServer();
    Http http;

    @BeforeEach
    void setUp() throws IOException {
        DatabaseCleaner.clean(jdbc);
        http = new Http(port).asAdmin();
        ((QueueDispatcher) receiver.getDispatcher()).setFailFast(new MockResponse.Builder().code(418).build());
        receiver.start();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    Http.Reply post(String path, String body) {
        return http.post(path, "application/json", body.getBytes());
    }

    Http.Reply put(String path, String body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    Http.Reply delete(String path) {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).DELETE());
    }

    long createNtfy() {
        Http.Reply reply = post(CHANNELS, """
                {"name": "Phone", "kind": "ntfy",
                 "settings": {"serverUrl": "%s", "topic": "backups", "token": "tk_SECRET", "tags": ["nas"]}}
                """.formatted(receiver.url("/")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").longValue();
    }

    static void assertBadField(Http.Reply reply, String field, String message) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().get("field").stringValue()).isEqualTo(field);
        assertThat(reply.json().get("error").stringValue()).startsWith(field + ": ").contains(message);
    }

    @Nested
    class Channels {

        @Test
        void createdChannelSaysWhichSecretsAreSetButNeverReturnsThem() {
            long id = createNtfy();

            Http.Reply reply = http.get(CHANNELS + "/" + id);

            assertThat(reply.status()).isEqualTo(200);
            JsonNode settings = reply.json().get("settings");
            assertThat(settings.has("token")).isFalse();
            assertThat(settings.get("tokenSet").booleanValue()).isTrue();
            assertThat(settings.get("passwordSet").booleanValue()).isFalse();
            assertThat(settings.has("topic")).isFalse();
            assertThat(settings.get("topicSet").booleanValue()).isTrue();
            assertThat(settings.get("priority").intValue()).as("default filled in").isEqualTo(3);
            assertThat(reply.json().get("kind").stringValue()).isEqualTo("ntfy");
            assertThat(http.get(CHANNELS).body()).doesNotContain("tk_SECRET");
            Map<String, Object> row = jdbc.sql("SELECT settings, secrets FROM notify_channels").query().singleRow();
            assertThat(row.get("settings").toString()).doesNotContain("tk_SECRET").doesNotContain("token");
            assertThat(row.get("secrets").toString()).startsWith("v1:").doesNotContain("tk_SECRET");
        }

        @Test
        void updateKeepsASecretLeftOutAndClearsAnEmptyOne() throws Exception {
            long id = createNtfy();
            receiver.enqueue(new MockResponse.Builder().code(200).build());

            Http.Reply kept = put(CHANNELS + "/" + id, """
                    {"name": "Phone 2", "settings": {"serverUrl": "%s", "topic": "other", "tokenSet": true}}
                    """.formatted(receiver.url("/")));
            assertThat(kept.status()).as(kept.body()).isEqualTo(200);
            assertThat(kept.json().get("name").stringValue()).isEqualTo("Phone 2");
            assertThat(kept.json().get("settings").get("tokenSet").booleanValue()).isTrue();
            post(CHANNELS + "/" + id + "/test", "{}");
            assertThat(receiver.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tk_SECRET");

            Http.Reply cleared = put(CHANNELS + "/" + id, """
                    {"settings": {"serverUrl": "%s", "topic": "other", "token": ""}}""".formatted(receiver.url("/")));
            assertThat(cleared.json().get("settings").get("tokenSet").booleanValue()).isFalse();
            receiver.enqueue(new MockResponse.Builder().code(200).build());
            post(CHANNELS + "/" + id + "/test", "{}");
            assertThat(receiver.takeRequest().getHeaders().get("Authorization")).isNull();
        }

        @Test
        void urlsAndTopicsCarryingAKeyAreWriteOnly() {
            String hook = receiver.url("/hooks/HOOK_SECRET").toString();
            String apprise = receiver.url("/notify/APPRISE_KEY").toString();
            for (String body : List.of(
                    "{\"name\": \"w\", \"kind\": \"webhook\", \"settings\": {\"url\": \"" + hook + "\"}}",
                    "{\"name\": \"a\", \"kind\": \"apprise\", \"settings\": {\"url\": \"" + apprise + "\"}}",
                    "{\"name\": \"n\", \"kind\": \"ntfy\", \"settings\": {\"topic\": \"backups-TOPIC_SECRET\"}}")) {
                assertThat(post(CHANNELS, body).status()).isEqualTo(201);
            }

            Http.Reply list = http.get(CHANNELS);

            assertThat(list.body()).doesNotContain("HOOK_SECRET", "APPRISE_KEY", "TOPIC_SECRET");
            assertThat(list.json().valueStream().map(channel -> channel.get("settings")))
                    .allSatisfy(settings -> assertThat(settings.has("urlSet") ? settings.get("urlSet").booleanValue()
                            : settings.get("topicSet").booleanValue()).isTrue());
            assertThat(jdbc.sql("SELECT settings FROM notify_channels").query(String.class).list())
                    .noneMatch(settings -> settings.contains("SECRET") || settings.contains("APPRISE_KEY"));
        }

        @Test
        void aPartialUpdateKeepsTheFieldsLeftOutAndClearsOnlyThoseSentAsNull() throws Exception {
            Http.Reply created = post(CHANNELS, """
                    {"name": "Phone", "kind": "ntfy",
                     "settings": {"serverUrl": "%s", "topic": "backups", "username": "bob", "password": "pw",
                                  "tags": ["nas"]}}
                    """.formatted(receiver.url("/")));
            long id = created.json().get("id").longValue();

            JsonNode settings = put(CHANNELS + "/" + id, "{\"settings\": {\"priority\": 5}}").json().get("settings");

            assertThat(settings.get("priority").intValue()).isEqualTo(5);
            assertThat(settings.get("username").stringValue()).isEqualTo("bob");
            assertThat(settings.get("passwordSet").booleanValue()).isTrue();
            assertThat(settings.get("topicSet").booleanValue()).isTrue();
            assertThat(settings.get("tags").get(0).stringValue()).isEqualTo("nas");
            receiver.enqueue(new MockResponse.Builder().code(200).build());
            post(CHANNELS + "/" + id + "/test", "{}");
            RecordedRequest sent = receiver.takeRequest();
            assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Basic Ym9iOnB3");
            assertThat(json.readTree(sent.getBody().utf8()).get("topic").stringValue()).isEqualTo("backups");

            JsonNode cleared = put(CHANNELS + "/" + id, "{\"settings\": {\"username\": null}}").json().get("settings");
            assertThat(cleared.path("username").isNull() || cleared.path("username").isMissingNode()).isTrue();
            assertThat(cleared.get("priority").intValue()).isEqualTo(5);
        }

        @Test
        void channelWhoseSecretsNoLongerDecryptAsksForThemAgain() {
            long id = createNtfy();
            // what a replaced secret.key looks like: a well-formed value sealed with another key
            jdbc.sql("UPDATE notify_channels SET secrets = :other").param("other",
                    new SecretCipher(new StorageProperties(TestDatabaseInitializer.newDataDir())).encrypt("{}")).update();

            JsonNode channel = http.get(CHANNELS + "/" + id).json();
            assertThat(channel.get("secretsReadable").booleanValue()).isFalse();
            assertThat(channel.get("settings").get("tokenSet").booleanValue()).isFalse();
            JsonNode test = post(CHANNELS + "/" + id + "/test", "{}").json();
            assertThat(test.get("delivered").booleanValue()).isFalse();
            assertThat(test.get("error").stringValue()).contains("cannot be decrypted");
            assertThat(receiver.getRequestCount()).isZero();

            JsonNode fixed = put(CHANNELS + "/" + id, """
                    {"settings": {"serverUrl": "%s", "topic": "backups", "token": "tk_NEW"}}""".formatted(receiver.url("/")))
                    .json();
            assertThat(fixed.get("secretsReadable").booleanValue()).isTrue();
            assertThat(fixed.get("settings").get("tokenSet").booleanValue()).isTrue();
        }

        @Test
        void deletedChannelIsGone() {
            long id = createNtfy();

            assertThat(delete(CHANNELS + "/" + id).status()).isEqualTo(204);

            Http.Reply reply = http.get(CHANNELS + "/" + id);
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.json().get("error").stringValue()).isEqualTo("No notification channel with id " + id);
        }

        @Test
        void everyKindAcceptsItsSettings() {
            String url = receiver.url("/x").toString();
            Map<String, String> settingsByKind = Map.of(
                    "email", """
                            {"host": "smtp.example.com", "security": "tls", "username": "bot", "password": "pw",
                             "from": "dupliwatch@example.com", "to": ["admin@example.com"]}""",
                    "webhook", "{\"url\": \"" + url + "\", \"headers\": {\"X-Key\": \"k\"}}",
                    "apprise", "{\"url\": \"" + url + "\", \"tag\": \"backups\"}",
                    "gotify", "{\"serverUrl\": \"" + url + "\", \"token\": \"AbC.1\"}",
                    "telegram", "{\"botToken\": \"123456:ABCdefGHIjklMNOpqrSTUvwx\", \"chatId\": \"-100123\"}",
                    "discord", "{\"webhookUrl\": \"" + url + "\"}");
            settingsByKind.forEach((kind, settings) -> {
                Http.Reply reply = post(CHANNELS, "{\"name\": \"" + kind + "\", \"kind\": \"" + kind
                        + "\", \"settings\": " + settings + "}");
                assertThat(reply.status()).as(kind + " " + reply.body()).isEqualTo(201);
            });
            JsonNode email = http.get(CHANNELS).json().valueStream()
                    .filter(channel -> channel.get("kind").stringValue().equals("email")).findFirst().orElseThrow();
            assertThat(email.get("settings").get("port").intValue()).isEqualTo(465);
            assertThat(email.get("settings").get("verifyCertificate").booleanValue()).isTrue();
            assertThat(email.get("settings").get("passwordSet").booleanValue()).isTrue();
            assertThat(http.get(CHANNELS).body()).doesNotContain("\"pw\"", "123456:ABC", "AbC.1", "\"k\"");
        }
    }

    @Nested
    class InvalidChannelInput {

        @Test
        void unknownKind() {
            assertBadField(post(CHANNELS, "{\"name\": \"x\", \"kind\": \"pager\", \"settings\": {}}"), "kind",
                    "unknown channel kind 'pager'");
        }

        @Test
        void malformedEmailAddress() {
            assertBadField(post(CHANNELS, """
                    {"name": "Mail", "kind": "email", "settings": {"host": "smtp.example.com",
                     "from": "dupliwatch@example.com", "to": ["admin@example.com", "not-an-address"]}}"""),
                    "settings.to[1]", "must match");
        }

        @Test
        void nonHttpUrl() {
            assertBadField(post(CHANNELS, """
                    {"name": "Hook", "kind": "webhook", "settings": {"url": "ftp://example.com/hook"}}"""),
                    "settings.url", "must be an http or https URL");
        }

        @Test
        void unknownSecurityModeListsTheValidOnes() {
            assertBadField(post(CHANNELS, """
                    {"name": "Mail", "kind": "email", "settings": {"host": "smtp.example.com", "security": "ssl",
                     "from": "dupliwatch@example.com", "to": ["admin@example.com"]}}"""),
                    "settings.security", "must be one of plain, starttls, tls");
        }

        @Test
        void misspelledSetting() {
            assertBadField(post(CHANNELS, """
                    {"name": "Phone", "kind": "ntfy", "settings": {"topc": "backups"}}"""),
                    "settings.topc", "unknown field");
        }

        @Test
        void everyMissingFieldIsListed() {
            Http.Reply reply = post(CHANNELS, "{\"name\": \"Bot\", \"kind\": \"telegram\", \"settings\": {}}");

            assertBadField(reply, "settings.botToken", "must not be blank");
            assertThat(reply.json().get("fields").propertyNames()).containsExactly("settings.botToken", "settings.chatId");
        }

        @Test
        void blankName() {
            assertBadField(post(CHANNELS, "{\"name\": \" \", \"kind\": \"discord\", \"settings\": {}}"), "name",
                    "must not be blank");
        }

        @Test
        void kindCannotChange() {
            long id = createNtfy();

            assertBadField(put(CHANNELS + "/" + id, "{\"kind\": \"email\"}"), "kind", "cannot be changed");
        }
    }

    @Nested
    class TestSend {

        @Test
        void deliveredTestIsReportedAndLogged() throws Exception {
            long id = createNtfy();
            receiver.enqueue(new MockResponse.Builder().code(200).build());

            Http.Reply reply = post(CHANNELS + "/" + id + "/test", "");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("delivered").booleanValue()).isTrue();
            assertThat(json.readTree(receiver.takeRequest().getBody().utf8()).get("title").stringValue())
                    .isEqualTo("🔔 Dupliwatch test");
            JsonNode log = http.get("/api/notifications/deliveries").json();
            assertThat(log.get("pending").longValue()).isZero();
            assertThat(log.get("deliveries").get(0).get("event").stringValue()).isEqualTo("test");
            assertThat(log.get("deliveries").get(0).get("outcome").stringValue()).isEqualTo("delivered");
            assertThat(log.get("deliveries").get(0).get("attemptedAt").stringValue()).endsWith("Z");
            assertThat(log.get("deliveries").get(0).get("channelKind").stringValue()).isEqualTo("ntfy");
        }

        @Test
        void failedTestSaysWhyWithoutEchoingTheAnswer() {
            long id = createNtfy();
            receiver.enqueue(new MockResponse.Builder().code(403).body("{\"error\":\"forbidden\"}").build());

            Http.Reply reply = post(CHANNELS + "/" + id + "/test", "{}");

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().get("delivered").booleanValue()).isFalse();
            assertThat(reply.json().get("error").stringValue()).isEqualTo("HTTP 403");
            assertThat(reply.json().get("permanent").booleanValue()).isTrue();
        }

        @Test
        void testReachesAnExtraRecipient() throws Exception {
            long id = createNtfy();
            receiver.enqueue(new MockResponse.Builder().code(200).build());

            post(CHANNELS + "/" + id + "/test", "{\"recipient\": \"family\"}");

            assertThat(json.readTree(receiver.takeRequest().getBody().utf8()).get("topic").stringValue())
                    .isEqualTo("family");
            assertBadField(post(CHANNELS + "/" + id + "/test", "{\"recipient\": \"a b\"}"), "recipient",
                    "not a valid ntfy recipient");
        }
    }

    @Nested
    class JobAndServerSettings {

        long jobId;

        @BeforeEach
        void uploadAJob() {
            http.upload(Samples.bytes("duplicati/backup-error.json"));
            jobId = jdbc.sql("SELECT id FROM jobs").query(Long.class).single();
        }

        @Test
        void newJobHasTheDefaults() {
            long channel = createNtfy();

            JsonNode settings = http.get("/api/notifications/jobs/" + jobId).json();

            assertThat(settings.get("filter").stringValue()).isEqualTo("warnings");
            assertThat(settings.get("backupName").stringValue()).isEqualTo("Postgres dumps");
            assertThat(settings.get("channels").get(0).get("id").longValue()).isEqualTo(channel);
            assertThat(settings.get("channels").get(0).get("enabled").booleanValue()).isTrue();
            assertThat(settings.get("effectiveRecipients").isEmpty()).isTrue();
        }

        @Test
        void jobRecipientsOverrideTheServersKindByKind() {
            long channel = createNtfy();
            Http.Reply server = put("/api/notifications/servers/c07e5b9d1a2f4c8e6b3d0a9f7e1c5b2d", """
                    {"extraRecipients": {"email": ["all@example.com"], "ntfy": ["server-topic"]}}""");
            assertThat(server.status()).as(server.body()).isEqualTo(200);

            Http.Reply reply = put("/api/notifications/jobs/" + jobId, """
                    {"filter": "errors", "channels": {"%d": false}, "extraRecipients": {"email": ["dba@example.com"]}}
                    """.formatted(channel));

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode settings = http.get("/api/notifications/jobs/" + jobId).json();
            assertThat(settings.get("filter").stringValue()).isEqualTo("errors");
            assertThat(settings.get("channels").get(0).get("enabled").booleanValue()).isFalse();
            assertThat(settings.get("channels").get(0).get("channelEnabled").booleanValue()).isTrue();
            assertThat(settings.get("effectiveRecipients").toString())
                    .isEqualTo("{\"ntfy\":[\"server-topic\"],\"email\":[\"dba@example.com\"]}");
            assertThat(http.get("/api/notifications/servers/db-backup-01").json().get("extraRecipients").toString())
                    .as("a server is also found by name").contains("all@example.com");
        }

        @Test
        void invalidSettingsNameTheField() {
            assertBadField(put("/api/notifications/jobs/" + jobId, "{\"filter\": \"sometimes\"}"), "filter",
                    "must be one of all, warnings, errors, off");
            assertBadField(put("/api/notifications/jobs/" + jobId, "{\"channels\": {\"99\": true}}"), "channels.99",
                    "no such channel");
            assertBadField(put("/api/notifications/jobs/" + jobId,
                    "{\"extraRecipients\": {\"email\": [\"ok@example.com\", \"nope\"]}}"),
                    "extraRecipients.email[1]", "not a valid email recipient");
            assertBadField(put("/api/notifications/jobs/" + jobId, "{\"extraRecipients\": {\"discord\": [\"x\"]}}"),
                    "extraRecipients.discord", "take no extra recipients");
        }

        @Test
        void unknownJobOrServerIs404() {
            Http.Reply job = http.get("/api/notifications/jobs/" + (jobId + 1));
            assertThat(job.status()).isEqualTo(404);
            assertThat(job.json().get("error").stringValue()).isEqualTo("No job with id " + (jobId + 1));
            Http.Reply server = put("/api/notifications/servers/nope", "{\"extraRecipients\": {}}");
            assertThat(server.status()).isEqualTo(404);
            assertThat(server.json().get("error").stringValue()).isEqualTo("No server with id nope");
        }
    }

    @Nested
    class Templates {

        long runId;

        @BeforeEach
        void uploadARun() {
            http.upload(Samples.bytes("duplicati/backup-error.json"));
            runId = jdbc.sql("SELECT id FROM runs").query(Long.class).single();
        }

        @Test
        void listsTheSevenTemplatesAndTheVariables() {
            JsonNode all = http.get("/api/notifications/templates").json();

            assertThat(all.get("language").stringValue()).isEqualTo("en");
            assertThat(all.get("templates").findValuesAsString("event"))
                    .containsExactly("success", "warning", "error", "overdue", "recovered", "untested", "operation_failed");
            assertThat(all.get("variables").toString()).contains("\"server_alias\"", "\"log_text\"",
                    "\"overdue_tolerance\"");
        }

        @Test
        void storedTemplateIsUsedUntilReset() {
            Http.Reply saved = put("/api/notifications/templates/error",
                    "{\"title\": \"FAILED {backup_name}\", \"body\": \"{errors_count} error(s) on {server_name}\"}");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(saved.json().get("custom").booleanValue()).isTrue();

            JsonNode preview = post("/api/notifications/templates/error/preview", "{\"runId\": " + runId + "}").json();
            assertThat(preview.get("title").stringValue()).isEqualTo("FAILED Postgres dumps");
            assertThat(preview.get("body").stringValue()).isEqualTo("1 error(s) on db-backup-01");

            JsonNode reset = delete("/api/notifications/templates/error").json();
            assertThat(reset.get("custom").booleanValue()).isFalse();
            assertThat(reset.get("title").stringValue()).isEqualTo("❌ {status} - {backup_name} @ {server_alias}");
        }

        @Test
        void previewRendersADraftAgainstAStoredRun() {
            JsonNode preview = post("/api/notifications/templates/overdue/preview",
                    "{\"runId\": " + runId + ", \"title\": \"Late: {backup_name} since {last_backup_date}\"}").json();

            assertThat(preview.get("title").stringValue()).isEqualTo("Late: Postgres dumps since 12 Aug 2026 03:30:00 CEST");
            assertThat(preview.get("body").stringValue()).contains("Interval: 1D, tolerance: 2\u00a0h 00\u00a0min");
        }

        @Test
        void invalidTemplateInputNamesTheField() {
            assertBadField(put("/api/notifications/templates/success", "{\"title\": \"ok {sever_name}\", \"body\": \"x\"}"),
                    "title", "unknown variable {sever_name}");
            assertBadField(put("/api/notifications/templates/success", "{\"title\": \"ok\"}"), "body",
                    "must not be blank");
            assertBadField(post("/api/notifications/templates/success/preview", "{}"), "runId", "must name");
            assertThat(post("/api/notifications/templates/success/preview", "{\"runId\": 999999}").status())
                    .isEqualTo(404);
            assertThat(http.get("/api/notifications/templates/test").status()).isEqualTo(404);
        }
    }

    @Test
    void deliveryLogRejectsAnUnknownOutcome() {
        assertBadField(http.get("/api/notifications/deliveries?outcome=lost"), "outcome", "must be delivered, failed or suppressed");
        assertBadField(http.get("/api/notifications/deliveries?limit=0"), "limit", "between 1 and 500");
    }

    /** Each channel speaks its own language: default template, statuses, dates and sizes; the server's without one. */
    @Nested
    class Languages {

        @BeforeEach
        void atTheSamplesTime() {
            clock.set(NotifyIntegrationTest.START);
        }

        private Http.Reply createHook(String name, String path, String language) {
            return post(CHANNELS, """
                    {"name": "%s", "kind": "webhook", "language": %s, "settings": {"url": "%s"}}"""
                    .formatted(name, language, receiver.url(path)));
        }

        /** The message the single channel received for the sample failed run. */
        private JsonNode deliveredErrorRun() throws Exception {
            receiver.enqueue(new MockResponse.Builder().code(200).build());
            assertThat(http.upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(200);
            assertThat(worker.drain()).isEqualTo(1);
            return json.readTree(receiver.takeRequest().getBody().utf8());
        }

        @Test
        void aFrenchChannelGetsTheFrenchTemplateWithFrenchValues() throws Exception {
            assertThat(createHook("Équipe", "/fr", "\"fr\"").json().get("language").stringValue()).isEqualTo("fr");

            JsonNode posted = deliveredErrorRun();

            assertThat(posted.get("title").stringValue()).isEqualTo("❌ Erreur - Postgres dumps @ db-backup-01");
            assertThat(posted.get("body").stringValue())
                    .startsWith("La sauvegarde Postgres dumps de db-backup-01 a échoué avec le statut Erreur.")
                    .contains("Date : 12 août 2026 03:30:00 CEST")
                    .doesNotContain("Backup", "Duration");
        }

        @Test
        void aGermanChannelGetsTheGermanTemplate() throws Exception {
            createHook("Team", "/de", "\"de\"");

            JsonNode posted = deliveredErrorRun();

            assertThat(posted.get("body").stringValue()).contains("Postgres dumps").contains("12.08.2026 03:30:00")
                    .doesNotContain("failed with status", "Date:", "Duration:");
        }

        @Test
        void aChannelWithoutLanguageUsesTheServersAndNullResetsIt() throws Exception {
            long id = createHook("Ops", "/en", "\"fr\"").json().get("id").longValue();

            Http.Reply reset = put(CHANNELS + "/" + id, "{\"language\": null}");
            Http.Reply kept = put(CHANNELS + "/" + id, "{\"name\": \"Ops team\"}");

            assertThat(reset.json().get("language").isNull()).isTrue();
            assertThat(kept.json().get("language").isNull()).isTrue();
            assertThat(deliveredErrorRun().get("title").stringValue()).isEqualTo("❌ Error - Postgres dumps @ db-backup-01");
        }

        @Test
        void aTagIsStoredInItsCanonicalSpelling() {
            Http.Reply created = createHook("Brasil", "/pt", "\"pt-br\"");

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("language").stringValue()).isEqualTo("pt-BR");
            assertThat(jdbc.sql("SELECT language FROM notify_channels").query(String.class).single()).isEqualTo("pt-BR");
        }

        @Test
        void anUnknownLanguageIsRefusedNamingTheFieldAndNothingIsStored() {
            for (String language : List.of("\"xx\"", "\"pt-PT\"", "\"\"", "3")) {
                assertBadField(createHook("Bad", "/x", language), "language", "zh-Hans, hi-Latn");
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM notify_channels").query(Long.class).single()).isZero();
        }

        @Test
        void theChannelTestIsSentInTheChannelsLanguage() throws Exception {
            long id = createHook("Équipe", "/test", "\"fr\"").json().get("id").longValue();
            receiver.enqueue(new MockResponse.Builder().code(200).build());

            assertThat(post(CHANNELS + "/" + id + "/test", "{}").json().get("delivered").booleanValue()).isTrue();

            JsonNode posted = json.readTree(receiver.takeRequest().getBody().utf8());
            assertThat(posted.get("title").stringValue()).isEqualTo("🔔 Test Dupliwatch");
            assertThat(posted.get("body").stringValue())
                    .startsWith("Ceci est un test du canal « Équipe » envoyé par Dupliwatch le 12 août 2026");
        }
    }
}
