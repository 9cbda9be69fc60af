package io.dupliwatch.notify;

import java.io.IOException;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.MutableClock;
import io.dupliwatch.testsupport.Samples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Each channel speaks its own language: default template, statuses, dates and sizes; the server's when it has none. */
@NotifyIntegrationTest
class ChannelLanguageIntegrationTest {

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

    final MockWebServer hook = new MockWebServer();
    Http http;

    @BeforeEach
    void setUp() throws IOException {
        DatabaseCleaner.clean(jdbc);
        clock.set(NotifyIntegrationTest.START);
        http = new Http(port).asAdmin();
        ((QueueDispatcher) hook.getDispatcher()).setFailFast(new MockResponse.Builder().code(418).build());
        hook.start();
    }

    @AfterEach
    void tearDown() {
        hook.close();
    }

    private Http.Reply createHook(String name, String path, String language) {
        return http.postJson(CHANNELS, """
                {"name": "%s", "kind": "webhook", "language": %s, "settings": {"url": "%s"}}"""
                .formatted(name, language, hook.url(path)));
    }

    /** The message the single channel received for the sample failed run. */
    private JsonNode deliveredErrorRun() throws Exception {
        hook.enqueue(new MockResponse.Builder().code(200).build());
        assertThat(http.upload(Samples.bytes("duplicati/backup-error.json")).status()).isEqualTo(200);
        assertThat(worker.drain()).isEqualTo(1);
        return json.readTree(hook.takeRequest().getBody().utf8());
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

        Http.Reply reset = http.putJson(CHANNELS + "/" + id, "{\"language\": null}");
        Http.Reply kept = http.putJson(CHANNELS + "/" + id, "{\"name\": \"Ops team\"}");

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
        for (String language : new String[] {"\"xx\"", "\"pt-PT\"", "\"\"", "3"}) {
            Http.Reply refused = createHook("Bad", "/x", language);

            assertThat(refused.status()).as(language).isEqualTo(400);
            assertThat(refused.json().get("field").stringValue()).isEqualTo("language");
            assertThat(refused.json().get("error").stringValue()).contains("zh-Hans", "hi-Latn");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notify_channels").query(Long.class).single()).isZero();
    }

    @Test
    void theChannelTestIsSentInTheChannelsLanguage() throws Exception {
        long id = createHook("Équipe", "/test", "\"fr\"").json().get("id").longValue();
        hook.enqueue(new MockResponse.Builder().code(200).build());

        assertThat(http.postJson(CHANNELS + "/" + id + "/test", "{}").json().get("delivered").booleanValue()).isTrue();

        JsonNode posted = json.readTree(hook.takeRequest().getBody().utf8());
        assertThat(posted.get("title").stringValue()).isEqualTo("🔔 Test Dupliwatch");
        assertThat(posted.get("body").stringValue()).startsWith("Ceci est un test du canal « Équipe » envoyé par Dupliwatch le 12 août 2026");
    }
}
