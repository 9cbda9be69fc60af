package io.dupliwatch.integrations.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiIntegrationTest extends ServerTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode description;

    @BeforeEach
    void setUp() {
        Http.Reply reply = admin.get("/api/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        description = reply.json();
    }

    @Test
    void everyApiEndpointOfEveryControllerIsDescribed() {
        List<String> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("io.dupliwatch")) {
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/") || pattern.equals("/metrics")) {
                        methods(info).forEach(verb -> endpoints.add(verb + " " + pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}")));
                    }
                }
            }
        });

        assertThat(endpoints).contains("get /metrics", "get /api/jobs", "get /api/status/{server}/{job}", "post /api/upload");
        assertThat(endpoints).allSatisfy(endpoint -> {
            String[] verbAndPath = endpoint.split(" ", 2);
            JsonNode path = description.path("paths").path(verbAndPath[1]);
            // A mapping without a method answers every method: its path must be described, any verb will do.
            JsonNode operation = verbAndPath[0].equals("any") ? path.valueStream().findFirst().orElse(path) : path.path(verbAndPath[0]);
            assertThat(operation.isObject()).as(endpoint + " is in /api/openapi.json").isTrue();
            assertThat(operation.path("summary").asString("")).as(endpoint + " has a summary").isNotBlank();
        });
    }

    @Test
    void isAnOpenApi3DocumentWithUniqueOperationIds() {
        assertThat(description.get("openapi").stringValue()).startsWith("3.");
        assertThat(description.get("info").get("title").stringValue()).isEqualTo("Dupliwatch API");
        List<String> operationIds = new ArrayList<>();
        description.get("paths").forEach(path -> path.forEach(operation -> operationIds.add(operation.get("operationId").stringValue())));
        assertThat(operationIds).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+"));
    }

    @Test
    void documentsThe503OfStatusUrlsAndTheTextOfMetrics() {
        JsonNode jobStatus = description.get("paths").get("/api/status/{server}/{job}").get("get");
        assertThat(jobStatus.get("responses").has("503")).isTrue();
        assertThat(jobStatus.get("responses").has("404")).isTrue();
        assertThat(description.get("paths").get("/metrics").get("get").get("responses").get("200").get("content").has("text/plain")).isTrue();
    }

    @Test
    void isAlsoServedAsYaml() {
        Http.Reply yaml = admin.get("/api/openapi.json.yaml");

        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.");
    }

    @Test
    void theDocsPageShowsTheDescriptionWithSwaggerUi() {
        Http.Reply docs = admin.get("/api/docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.header("Content-Type")).startsWith("text/html");
        assertThat(docs.body()).as("relative, so that a context path is kept")
                .contains("\"../webjars/swagger-ui/swagger-ui-bundle.js\"", "\"../js/api-docs.js\"");

        assertThat(http.get("/webjars/swagger-ui/swagger-ui-bundle.js").status()).isEqualTo(200);
        assertThat(http.get("/webjars/swagger-ui/swagger-ui.css").status()).isEqualTo(200);
        assertThat(http.get("/js/api-docs.js").body()).contains("fetch('openapi.json'");
    }

    private static List<String> methods(RequestMappingInfo info) {
        List<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
                .map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return methods.isEmpty() ? List.of("any") : methods;
    }
}
