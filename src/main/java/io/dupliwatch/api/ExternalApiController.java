package io.dupliwatch.api;

import java.time.Clock;
import java.time.Duration;

import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.Totals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static io.dupliwatch.api.PolledAnswers.noStoreJson;

/** The duplistatus external API: what Homepage widgets and scripts read. */
@RestController
@Tag(name = "duplistatus-compatible", description = "The read API of duplistatus (same paths and fields), for Homepage widgets and scripts")
class ExternalApiController {

    private final ServerAnswers answers;
    private final RunQueries runs;
    private final OverdueBoard overdue;
    private final Clock clock;

    ExternalApiController(ServerAnswers answers, RunQueries runs, OverdueBoard overdue, Clock clock) {
        this.answers = answers;
        this.runs = runs;
        this.overdue = overdue;
        this.clock = clock;
    }

    @GetMapping("/api/summary")
    @Operation(operationId = "summary", summary = "Totals over every server and job")
    SummaryResponse summary() {
        Totals totals = runs.totals();
        Long secondsSince = totals.newestRunStart() == null ? null
                : Math.max(0, Duration.between(totals.newestRunStart(), clock.instant()).toSeconds());
        return new SummaryResponse(totals.servers(), totals.runs(), totals.jobs(), totals.uploadedBytes(),
                totals.storageUsedBytes(), totals.sourceSizeBytes(), overdue.countOverdue(), secondsSince);
    }

    @GetMapping("/api/lastbackup/{serverId}")
    @Operation(operationId = "lastBackup", summary = "The newest run of a server (id, name or former name)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = LastBackupResponse.class)))
    ResponseEntity<byte[]> lastBackup(@PathVariable String serverId) {
        return noStoreJson(answers.lastBackup(serverId));
    }

    @GetMapping("/api/lastbackups/{serverId}")
    @Operation(operationId = "lastBackups", summary = "The newest run of each job of a server (id, name or former name)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = LastBackupsResponse.class)))
    ResponseEntity<byte[]> lastBackups(@PathVariable String serverId) {
        return noStoreJson(answers.lastBackups(serverId));
    }
}
