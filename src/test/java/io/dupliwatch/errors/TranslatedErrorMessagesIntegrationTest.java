package io.dupliwatch.errors;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code message} of a JSON error follows the caller's {@code Accept-Language}, whichever feature (or Spring
 * itself) refused the request, while {@code error}, {@code detail} and the status stay what English callers get.
 */
class TranslatedErrorMessagesIntegrationTest extends ServerTestBase {

    /** A request some feature refuses, and a piece of its French and of its German message. */
    record Refusal(String what, Function<TranslatedErrorMessagesIntegrationTest, Http> caller,
                   Function<Http, Http.Reply> request, int status, String french, String german) {

        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("notify: a limit out of range", test -> test.admin,
                        http -> http.get("/api/notifications/deliveries?limit=0"), 400,
                        "limit : doit être compris entre 1 et 500",
                        "limit: muss zwischen 1 und 500 liegen"),
                new Refusal("notify: a blank channel kind", test -> test.admin,
                        http -> http.postJson("/api/notifications/channels",
                                "{\"kind\": \" \", \"name\": \"x\", \"settings\": {}}"), 400,
                        "kind : ne doit pas être vide",
                        "kind: darf nicht leer sein"),
                new Refusal("monitoring: an unknown job", test -> test.admin,
                        http -> http.get("/api/monitoring/jobs/987654"), 404, "Tâche 987654 introuvable",
                        "Job 987654 nicht gefunden"),
                new Refusal("monitoring: a confidence out of range", test -> test.admin,
                        http -> http.postJson("/api/monitoring/suggestions/accept",
                                "{\"all\": true, \"minConfidence\": 2}"), 400,
                        "minConfidence : minConfidence doit être compris entre 0 et 1",
                        "minConfidence: minConfidence muss zwischen 0 und 1 liegen"),
                new Refusal("collect: a connection without address", test -> test.admin,
                        http -> http.postJson("/api/servers/connections", "{}"), 400, "url est obligatoire",
                        "url ist erforderlich"),
                new Refusal("collect: the connection of an unknown server", test -> test.admin,
                        http -> http.get("/api/servers/424242/connection"), 404, "Aucun serveur 424242",
                        "Kein Server 424242"),
                new Refusal("report: an unknown server", test -> test.http,
                        http -> http.get("/api/lastbackup/nowhere"), 404,
                        "Aucun serveur ne porte l’identifiant : nowhere",
                        "Kein Server mit der Kennung: nowhere"),
                new Refusal("ingest: an empty report", test -> test.http, http -> http.upload(""), 400,
                        "Corps de requête vide : le rapport JSON envoyé par Duplicati est attendu",
                        "Leerer Inhalt der Anfrage"),
                new Refusal("ingest: a report whose Data is null", test -> test.http,
                        http -> http.upload("{\"Data\":null}"), 400,
                        "La section Data manque ou n’est pas valide",
                        "Der Abschnitt Data fehlt in den Daten der Anfrage oder ist ungültig"),
                new Refusal("Spring: a body that is not JSON", test -> test.admin,
                        http -> http.postJson("/api/notifications/channels", "{nope"), 400,
                        "n’est pas du JSON valide",
                        "kein gültiges JSON"),
                new Refusal("Spring: a parameter of the wrong type", test -> test.admin,
                        http -> http.get("/api/notifications/deliveries?limit=many"), 400,
                        "limit : un nombre entier attendu",
                        "limit: eine ganze Zahl erwartet"),
                new Refusal("Spring: a method the path does not take", test -> test.admin,
                        http -> http.delete("/api/monitoring/check"), 405,
                        "La méthode « DELETE » n’est pas prise en charge.",
                        "Die Methode „DELETE“ wird nicht unterstützt."),
                new Refusal("Spring: a path nothing serves", test -> test.admin,
                        http -> http.get("/api/nothing-here"), 404,
                        "Chemin inconnu : rien n’est servi à l’adresse /api/nothing-here",
                        "Unbekannter Pfad: unter /api/nothing-here wird nichts bereitgestellt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void theMessageFollowsAcceptLanguageWhileErrorAndStatusStayEnglish(Refusal refusal) {
        Http caller = refusal.caller().apply(this);

        Http.Reply english = refusal.request().apply(caller);
        Http.Reply french = refusal.request().apply(caller.withHeader("Accept-Language", "fr-FR, fr;q=0.9"));
        Http.Reply german = refusal.request().apply(caller.withHeader("Accept-Language", "de"));

        assertThat(english.status()).isEqualTo(refusal.status());
        JsonNode englishBody = english.json();
        assertThat(englishBody.path("message").stringValue()).isEqualTo(englishBody.path("detail").stringValue());
        assertTranslated(french, englishBody, refusal.status(), refusal.french());
        assertTranslated(german, englishBody, refusal.status(), refusal.german());
    }

    private static void assertTranslated(Http.Reply reply, JsonNode english, int status, String expected) {
        assertThat(reply.status()).isEqualTo(status);
        JsonNode body = reply.json();
        assertThat(body.path("error").stringValue()).isEqualTo(english.path("error").stringValue());
        assertThat(body.path("detail").stringValue()).isEqualTo(english.path("detail").stringValue());
        assertThat(body.path("message").stringValue()).contains(expected)
                .isNotEqualTo(english.path("message").stringValue());
    }

    @Test
    void aLanguageWithoutTheTextFallsBackToEnglish() {
        Http.Reply reply = http.withHeader("Accept-Language", "ja").get("/api/lastbackup/nowhere");

        assertThat(reply.json().path("message").stringValue()).isEqualTo("No server found with identifier: nowhere");
    }
}
