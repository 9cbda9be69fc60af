package io.dupliwatch.integrations.prometheus;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /metrics}: Prometheus text format (or OpenMetrics when the scraper asks for it). */
@RestController
@Tag(name = "Metrics", description = "Prometheus scrape endpoint")
class MetricsController {

    /** The formats Micrometer's Prometheus registry writes (its exposition library's content types). */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    static final String OPENMETRICS_FORMAT = "application/openmetrics-text; version=1.0.0; charset=utf-8";

    private final PrometheusMeterRegistry registry;

    MetricsController(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/metrics")
    @Operation(operationId = "metrics", summary = "Prometheus metrics",
            description = "Per-job backup gauges (labels server, server_id, job), per-server and global counts, "
                    + "report counters and the JVM's meters. Text format 0.0.4; OpenMetrics 1.0 when the Accept header "
                    + "asks for application/openmetrics-text.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "text/plain"), @Content(mediaType = "application/openmetrics-text")})
    ResponseEntity<String> metrics(@RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        String contentType = accept != null && accept.contains("application/openmetrics-text")
                ? OPENMETRICS_FORMAT : TEXT_FORMAT;
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType)).body(registry.scrape(contentType));
    }
}
