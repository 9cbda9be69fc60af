package io.dupliwatch.integrations.relay;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.dupliwatch.errors.InvalidValueException;
import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.report.RunQueries;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Configures a job's outgoing heartbeat (Healthchecks / Uptime Kuma push URL). */
@RestController
@Tag(name = "Heartbeats", description = "Per-job push relay to Healthchecks or Uptime Kuma")
class HeartbeatController {

    static final String PATH = "/api/integrations/jobs/{jobId}/heartbeat";

    private final HeartbeatRepository heartbeats;
    private final RunQueries runs;
    private final Clock clock;

    HeartbeatController(HeartbeatRepository heartbeats, RunQueries runs, Clock clock) {
        this.heartbeats = heartbeats;
        this.runs = runs;
        this.clock = clock;
    }

    @GetMapping(PATH)
    @Operation(operationId = "getHeartbeat", summary = "A job's heartbeat and the outcome of its last ping")
    @ApiResponse(responseCode = "200", description = "Configured")
    @ApiResponse(responseCode = "404", description = "Unknown job, or no heartbeat configured",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    HeartbeatResponse get(@PathVariable long jobId) {
        requireJob(jobId);
        return heartbeats.find(jobId).map(HeartbeatResponse::of)
                .orElseThrow(() -> new NotFoundException("Heartbeat not configured", "Job " + jobId + " has no heartbeat",
                        "problem.heartbeat.none", Long.toString(jobId)));
    }

    @PutMapping(PATH)
    @Operation(operationId = "putHeartbeat", summary = "Set a job's heartbeat URL",
            description = "After each pushed run the URL is pinged: Healthchecks gets a POST to the URL (success) or to "
                    + "URL/fail (failure); Uptime Kuma gets a GET with status=up|down and msg. Warnings count as success "
                    + "unless dupliwatch.status.warning-is-ok=false.")
    @ApiResponse(responseCode = "200", description = "Saved")
    @ApiResponse(responseCode = "400", description = "Invalid url or kind (the field is named)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Unknown job", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    HeartbeatResponse put(@PathVariable long jobId, @RequestBody HeartbeatRequest request) {
        requireJob(jobId);
        URI url = parseUrl(request.url());
        HeartbeatKind kind = request.kind() == null || request.kind().isBlank() ? HeartbeatKind.guess(url)
                : HeartbeatKind.fromJson(request.kind()).orElseThrow(() -> new InvalidValueException("kind",
                        "kind must be one of: " + HeartbeatKind.names()));
        heartbeats.save(jobId, url, kind, clock.instant());
        return HeartbeatResponse.of(heartbeats.find(jobId).orElseThrow());
    }

    @DeleteMapping(PATH)
    @Operation(operationId = "deleteHeartbeat", summary = "Remove a job's heartbeat")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Unknown job, or no heartbeat configured",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable long jobId) {
        requireJob(jobId);
        if (!heartbeats.delete(jobId)) {
            throw new NotFoundException("Heartbeat not configured", "Job " + jobId + " has no heartbeat",
                    "problem.heartbeat.none", Long.toString(jobId));
        }
        return ResponseEntity.noContent().build();
    }

    private void requireJob(long jobId) {
        if (runs.job(jobId).isEmpty()) {
            throw new NotFoundException("Job not found", "No job with id " + jobId);
        }
    }

    private static URI parseUrl(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("url", "url is required", "problem.heartbeat.urlRequired");
        }
        try {
            URI url = new URI(text.trim());
            boolean web = "http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme());
            if (!web || url.getHost() == null) {
                throw new InvalidValueException("url", "url must be an absolute http or https URL",
                        "problem.heartbeat.urlAbsolute");
            }
            return url;
        }
        catch (URISyntaxException e) {
            throw new InvalidValueException("url", "url is not a valid URL: " + e.getReason());
        }
    }
}
