package io.dupliwatch.integrations.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
