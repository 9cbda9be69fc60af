package io.dupliwatch.integrations.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springdoc.core.customizers.OperationCustomizer;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates the API description with springdoc from the controllers and checks that the served file
 * ({@code src/main/resources/openapi/dupliwatch-api.json} and {@code .yaml}) is that description. After changing an
 * endpoint, rewrite the files with
 * {@code mvn test -Dtest=OpenApiDocumentTest -Ddupliwatch.openapi.write=true} and review the difference.
 */
@TestPropertySource(properties = {"springdoc.api-docs.enabled=true", "springdoc.api-docs.path=" + OpenApiDocumentTest.GENERATED,
        "springdoc.paths-to-match=/api/**,/metrics", "springdoc.default-produces-media-type=application/json",
        "springdoc.writer-with-order-by-keys=true", "springdoc.writer-with-default-pretty-printer=true"})
@Import(OpenApiDocumentTest.NamingConvention.class)
class OpenApiDocumentTest extends ServerTestBase {

    static final String GENERATED = "/api/generated-openapi.json";

    /** The served files without their extension, relative to the project (the tests' working directory). */
    private static final Path SOURCE = Path.of("src/main/resources", ApiDocsController.DOCUMENT);

    /** The generated description, to compare with the served one when they differ. */
    private static final Path GENERATED_COPY = Path.of("target", "generated-openapi.yaml");

    private static final String REGENERATE = "the served API description is out of date: run "
            + "mvn test -Dtest=OpenApiDocumentTest -Ddupliwatch.openapi.write=true";

    @Test
    void theServedDescriptionIsTheOneTheControllersGenerate() throws IOException {
        Http.Reply json = admin.get(GENERATED);
        Http.Reply yaml = admin.get(GENERATED + ".yaml");
        assertThat(json.status()).isEqualTo(200);
        assertThat(yaml.status()).isEqualTo(200);
        if (Boolean.getBoolean("dupliwatch.openapi.write")) {
            Files.writeString(SOURCE.resolveSibling(SOURCE.getFileName() + ".json"), json.body());
            Files.writeString(SOURCE.resolveSibling(SOURCE.getFileName() + ".yaml"), yaml.body());
            return;
        }

        Files.createDirectories(GENERATED_COPY.getParent());
        Files.writeString(GENERATED_COPY, yaml.body());
        String regenerate = REGENERATE + " (the generated one is in " + GENERATED_COPY + ")";
        assertThat(admin.get("/api/openapi.json").json().equals(json.json())).as(regenerate).isTrue();
        assertThat(admin.get("/api/openapi.json.yaml").body().equals(yaml.body())).as(regenerate).isTrue();
    }

    /**
     * Endpoints without an explicit {@code @Operation} still get a unique operation id ({@code channelList}, not
     * springdoc's {@code list_1}) and a summary read from their controller and method names.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class NamingConvention {

        @Bean
        OperationCustomizer namesFromHandlers() {
            return (operation, handler) -> {
                io.swagger.v3.oas.annotations.Operation declared =
                        handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
                String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
                String method = handler.getMethod().getName();
                if (declared == null || declared.operationId().isEmpty()) {
                    operation.setOperationId(StringUtils.uncapitalize(controller) + StringUtils.capitalize(method));
                }
                if (declared == null || declared.summary().isEmpty()) {
                    operation.setSummary(words(controller) + ": " + words(method).toLowerCase(Locale.ROOT));
                }
                return operation;
            };
        }

        /** {@code updateJobSettings} → {@code Update job settings}. */
        private static String words(String camelCase) {
            String spaced = camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
            return StringUtils.capitalize(spaced);
        }
    }
}
