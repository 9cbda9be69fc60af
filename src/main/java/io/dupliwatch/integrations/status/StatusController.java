package io.dupliwatch.integrations.status;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.dupliwatch.integrations.HealthBoard;
import io.dupliwatch.integrations.JobJson;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static io.dupliwatch.api.PolledAnswers.noStore;

/**
 * Pass/fail URLs for pull monitors (Uptime Kuma, Healthchecks-style pollers: 200 when up, 503 otherwise) and the
 * list of every job for Homepage's {@code customapi} {@code dynamic-list}.
 */
@RestController
@Tag(name = "Status", description = "Per-job and per-server pass/fail URLs for pull monitors, and the job list for dashboards")
class StatusController {

    private final ServerDirectory servers;
    private final HealthBoard board;
    private final Clock clock;

    StatusController(ServerDirectory servers, HealthBoard board, Clock clock) {
        this.servers = servers;
        this.board = board;
        this.clock = clock;
    }

    @GetMapping("/api/jobs")
    @Operation(operationId = "listJobs", summary = "Every job with its state",
            description = "An array (at the root) of every job, ordered by server then job: for Homepage's customapi "
                    + "dynamic-list and scripts. Reads per-job state only.")
    ResponseEntity<List<JobJson>> jobs() {
        Instant now = clock.instant();
        return noStore(HttpStatus.OK, board.jobs().stream().map(job -> JobJson.of(job, now)).toList());
    }

    @GetMapping("/api/status/{server}")
    @Operation(operationId = "serverStatus", summary = "Pass/fail of every job of a server",
            description = "200 when every job's newest run is Success (or Warning, see dupliwatch.status.warning-is-ok) "
                    + "and none is overdue; 503 otherwise. The body says why.")
    @ApiResponse(responseCode = "200", description = "All jobs are up")
    @ApiResponse(responseCode = "503", description = "At least one job failed, is overdue, or (when configured) has warnings",
            content = @Content(schema = @Schema(implementation = ServerStatusJson.class)))
    @ApiResponse(responseCode = "404", description = "Unknown server", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ServerStatusJson> server(@Parameter(description = "Server id, name or former name") @PathVariable String server) {
        Server found = servers.resolve(server);
        ServerStatusJson body = ServerStatusJson.of(found, board.jobsOfServer(found.id()));
        return noStore(body.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE, body);
    }

    @GetMapping("/api/status/{server}/{job}")
    @Operation(operationId = "jobStatus", summary = "Pass/fail of one job",
            description = "200 when the job's newest run is Success (or Warning, see dupliwatch.status.warning-is-ok) "
                    + "and it is not overdue; 503 otherwise. The body is the job's entry of /api/jobs.")
    @ApiResponse(responseCode = "200", description = "The job is up")
    @ApiResponse(responseCode = "503", description = "The job failed, is overdue, or (when configured) has warnings",
            content = @Content(schema = @Schema(implementation = JobJson.class)))
    @ApiResponse(responseCode = "404", description = "Unknown server or job", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<JobJson> job(@Parameter(description = "Server id, name or former name") @PathVariable String server,
                                @Parameter(description = "Backup job name as in Duplicati") @PathVariable String job) {
        Server found = servers.resolve(server);
        JobJson body = board.job(found.id(), job).map(health -> JobJson.of(health, clock.instant()))
                .orElseThrow(() -> new JobNotFoundException(found.name(), job));
        return noStore(body.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE, body);
    }
}
