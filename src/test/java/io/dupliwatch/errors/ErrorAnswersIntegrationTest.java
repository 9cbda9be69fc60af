package io.dupliwatch.errors;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;


import static org.assertj.core.api.Assertions.assertThat;

/** Every JSON error has one shape, whoever raises it; every page error is the HTML error page. */
class ErrorAnswersIntegrationTest extends ServerTestBase {


    /**
     * RFC 9457 members plus duplistatus' {@code error} and {@code message}, all at the top level; {@code message} is
     * the bundle's text, which for some refusals reads better than the detail (TranslatedErrorMessagesIntegrationTest).
     */
    private static JsonNode assertProblem(Http.Reply reply, int status, String path) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).contains("json");
        JsonNode body = reply.json();
        assertThat(body.path("type").stringValue()).isEqualTo("about:blank");
        assertThat(body.path("title").stringValue()).isNotBlank();
        assertThat(body.path("status").intValue()).isEqualTo(status);
        assertThat(body.path("detail").stringValue()).isNotBlank();
        assertThat(body.path("message").stringValue()).isNotBlank();
        assertThat(body.path("error").stringValue()).isNotBlank();
        assertThat(body.path("instance").stringValue()).isEqualTo(path);
        return body;
    }

    @Nested
    class JsonEndpoints {

        @Test
        void anUnknownServerIsA404WithTheDuplistatusErrorAndMessage() {
            Http.Reply reply = http.get("/api/lastbackup/nowhere");

            JsonNode body = assertProblem(reply, 404, "/api/lastbackup/nowhere");
            assertThat(body.path("error").stringValue()).isEqualTo("Server not found");
            assertThat(body.path("message").stringValue()).isEqualTo("No server found with identifier: nowhere");
            assertThat(reply.header("Cache-Control")).contains("no-store");
        }

        @Test
        void anInvalidParameterIsA400NamingTheField() {
            Http.Reply reply = admin.get("/api/export/runs?format=xml");

            JsonNode body = assertProblem(reply, 400, "/api/export/runs");
            assertThat(body.path("field").stringValue()).isEqualTo("format");
            assertThat(body.path("error").stringValue()).contains("xml");
        }

        @Test
        void aRefusedChangeIsA409() {
            assertThat(admin.postJson("/api/users", "{\"username\": \"eve\"}").status()).isEqualTo(201);

            Http.Reply reply = admin.postJson("/api/users", "{\"username\": \"EVE\"}");

            assertProblem(reply, 409, "/api/users");
        }

        @Test
        void anAnonymousCallToAProtectedApiIsA401InTheSameShape() {
            Http.Reply reply = http.get("/api/monitoring/jobs");

            JsonNode body = assertProblem(reply, 401, "/api/monitoring/jobs");
            assertThat(body.path("error").stringValue()).startsWith("Authentication required");
        }

        @Test
        void aWrongMethodIsA405WithAllow() {
            Http.Reply reply = admin.delete("/api/monitoring/check");

            assertProblem(reply, 405, "/api/monitoring/check");
            assertThat(reply.header("Allow")).contains("POST");
        }

        @Test
        void anUnknownApiPathIsA404SayingSo() {
            Http.Reply reply = admin.get("/api/no-such-thing");

            JsonNode body = assertProblem(reply, 404, "/api/no-such-thing");
            assertThat(body.path("error").stringValue()).isEqualTo("Unknown path: nothing is served at /api/no-such-thing");
            assertThat(reply.body()).doesNotContain("static resource");
        }

        @Test
        void aBadPercentEncodingRejectedByTomcatHasTheSameShape() {
            Map.Entry<Integer, String> reply = http.rawGet("/api/summary%zz");

            assertThat(reply.getKey()).isEqualTo(400);
            assertThat(reply.getValue()).contains("\"error\":\"Bad Request\"").contains("\"status\":400")
                    .contains("\"title\":\"Bad Request\"");
        }
    }

    @Nested
    class Pages {

        private Http browser() {
            return signedIn().withHeader("Accept", "text/html");
        }

        @Test
        void anUnknownPageIsTheHtmlErrorPage() {
            Http.Reply reply = browser().get("/no-such-page");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("text/html");
            assertThat(reply.body()).contains("error-page").contains("404").doesNotContain("Whitelabel");
        }

        @Test
        void anUnknownServerPageIsTheHtmlErrorPage() {
            Http.Reply reply = browser().get("/servers/nowhere");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("Content-Type")).startsWith("text/html");
            assertThat(reply.body()).contains("error-page");
        }

        @Test
        void aPageFormPostedWithoutItsCsrfTokenGetsTheHtmlErrorPage() {
            Http browser = browser().withoutCsrfToken();

            Http.Reply reply = browser.postForm("/settings/users", Map.of("username", "eve", "role", "viewer"));

            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.header("Content-Type")).startsWith("text/html");
            assertThat(reply.body()).contains("error-page").contains("403");
        }

        @Test
        void anHtmxRequestGetsAToast() {
            Http.Reply reply = browser().withHeader("HX-Request", "true").get("/servers/nowhere");

            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.header("HX-Retarget")).isEqualTo("#toasts");
            assertThat(reply.body()).contains("toast-error");
        }
    }
}
