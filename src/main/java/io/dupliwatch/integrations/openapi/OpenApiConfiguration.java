package io.dupliwatch.integrations.openapi;

import java.util.Locale;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The OpenAPI 3 description of the HTTP API, generated from the controllers by springdoc: served at
 * {@code /api/openapi.json} (YAML at {@code /api/openapi.json.yaml}) and browsable at {@code /api/docs}.
 * The paths it covers are set by {@code springdoc.paths-to-match} (every {@code /api/**} path and {@code /metrics}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI dupliwatchOpenApi() {
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        return new OpenAPI().info(new Info()
                .title("Dupliwatch API")
                .version(version == null ? "dev" : version)
                .description("""
                        Receives Duplicati backup reports and tells other tools about them.

                        * Times are ISO-8601 UTC, sizes are bytes, durations are seconds (plus `HH:MM:SS` text where \
                        duplistatus clients expect it).
                        * Errors are RFC 9457 problem documents with a top-level `error` string; a 400 names the field.
                        * Field names of the duplistatus-compatible endpoints, `/api/jobs` and `/api/status/**` are \
                        stable: they are never renamed.
                        * Pull monitors: `/api/status/{server}/{job}` and `/api/status/{server}` answer 200 when up and \
                        503 when not. Prometheus: `/metrics`."""));
    }

    /**
     * Endpoints without an explicit {@code @Operation} still get a unique operation id ({@code channelList}, not
     * springdoc's {@code list_1}) and a summary read from their controller and method names.
     */
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
    static String words(String camelCase) {
        String spaced = camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return StringUtils.capitalize(spaced);
    }
}
