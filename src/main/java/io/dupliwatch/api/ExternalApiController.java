package io.dupliwatch.api;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.dupliwatch.monitoring.OverdueBoard;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.StoredRun;
import io.dupliwatch.report.Totals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static io.dupliwatch.api.PolledAnswers.noStore;

/** The duplistatus external API: what Homepage widgets and scripts read. */
@RestController
@Tag(name = "duplistatus-compatible", description = "The read API of duplistatus (same paths and fields), for Homepage widgets and scripts")
class ExternalApiController {

    private final ServerDirectory servers;
    private final RunQueries runs;
    private final OverdueBoard overdue;
    private final Clock clock;

    ExternalApiController(ServerDirectory servers, RunQueries runs, OverdueBoard overdue, Clock clock) {
        this.servers = servers;
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
    ResponseEntity<LastBackupResponse> lastBackup(@PathVariable String serverId) {
        Server server = servers.resolve(serverId);
        StoredRun newest = runs.newestRunOfServer(server.id()).orElse(null);
        return noStore(HttpStatus.OK, new LastBackupResponse(ServerJson.of(server, newest),
                newest == null ? null : BackupJson.of(newest), 200));
    }

    @GetMapping("/api/lastbackups/{serverId}")
    @Operation(operationId = "lastBackups", summary = "The newest run of each job of a server (id, name or former name)")
    ResponseEntity<LastBackupsResponse> lastBackups(@PathVariable String serverId) {
        Server server = servers.resolve(serverId);
        List<StoredRun> newestPerJob = runs.newestRunOfEachJob(server.id());
        List<BackupJson> backups = newestPerJob.stream().map(BackupJson::of).toList();
        return noStore(HttpStatus.OK, new LastBackupsResponse(
                ServerJson.of(server, newestPerJob.isEmpty() ? null : newestPerJob.get(0)), backups, backups.size(),
                backups.stream().map(BackupJson::name).toList(), 200));
    }
}
