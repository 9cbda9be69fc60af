package io.dupliwatch.integrations.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.servers.Server;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.dupliwatch.errors.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI 3 description of the HTTP API at {@code /api/openapi.json} (YAML at {@code /api/openapi.json.yaml}) and
 * Swagger UI on it at {@code /api/docs}. The description is the one springdoc generates from the controllers'
 * annotations, generated at build time by {@code OpenApiDocumentTest} (which fails when it is out of date) and served
 * as a file: generating it at run time cost every start about 0.7 s and 1,000 classes. The switch
 * {@code dupliwatch.api-docs.enabled} is read when a request comes, not by a bean condition: Spring AOT (the
 * recommended way to run) fixes bean conditions at build time, and the setting would be ignored there.
 */
@RestController
@Tag(name = "API description", description = "This description and its browsable page")
@OpenAPIDefinition(servers = @Server(url = "/"), info = @Info(title = "Dupliwatch API", version = "1",
        description = """
                Receives Duplicati backup reports and tells other tools about them.

                * Times are ISO-8601 UTC, sizes are bytes, durations are seconds (plus `HH:MM:SS` text where \
                duplistatus clients expect it).
                * Errors are RFC 9457 problem documents with a top-level `error` string; a 400 names the field.
                * Field names of the duplistatus-compatible endpoints, `/api/jobs` and `/api/status/**` are \
                stable: they are never renamed.
                * Pull monitors: `/api/status/{server}/{job}` and `/api/status/{server}` answer 200 when up and \
                503 when not. Prometheus: `/metrics`."""))
class ApiDocsController {

    /** Where the generated description lives on the class path (and under {@code src/main/resources}). */
    static final String DOCUMENT = "openapi/dupliwatch-api";

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final Resource json = new ClassPathResource(DOCUMENT + ".json");
    private final Resource yaml = new ClassPathResource(DOCUMENT + ".yaml");
    private final Resource page = new ClassPathResource("openapi/docs.html");
    private final boolean enabled;

    ApiDocsController(@Value("${dupliwatch.api-docs.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @GetMapping("/api/openapi.json")
    @Operation(summary = "The OpenAPI 3 description (JSON)")
    ResponseEntity<Resource> json() {
        return served(MediaType.APPLICATION_JSON, json);
    }

    @GetMapping("/api/openapi.json.yaml")
    @Operation(summary = "The OpenAPI 3 description (YAML)")
    ResponseEntity<Resource> yaml() {
        return served(YAML, yaml);
    }

    @GetMapping("/api/docs")
    @Operation(summary = "Swagger UI on the description (an HTML page)")
    ResponseEntity<Resource> page() {
        return served(MediaType.TEXT_HTML, page);
    }

    private ResponseEntity<Resource> served(MediaType type, Resource resource) {
        if (!enabled) {
            throw new NotFoundException(
                    "The API description is switched off on this server (dupliwatch.api-docs.enabled=false)");
        }
        return ResponseEntity.ok().contentType(type).body(resource);
    }
}
