package io.dupliwatch.integrations.relay;

import io.dupliwatch.integrations.HealthBoard;
import io.dupliwatch.report.JobState;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.RunRecorded;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a pushed run is stored, pings the job's heartbeat (if it has one): "up" for a run that counts as up
 * ({@code dupliwatch.status.warning-is-ok} decides for warnings), "down" otherwise. Collected and imported runs
 * are history, not news, and an older run arriving late does not speak for the job either.
 */
@Component
class HeartbeatRelay {

    private final HeartbeatRepository heartbeats;
    private final HeartbeatSender sender;
    private final RunQueries runs;
    private final HealthBoard board;

    HeartbeatRelay(HeartbeatRepository heartbeats, HeartbeatSender sender, RunQueries runs, HealthBoard board) {
        this.heartbeats = heartbeats;
        this.sender = sender;
        this.runs = runs;
        this.board = board;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRunRecorded(RunRecorded run) {
        if (!run.source().isLive() || !run.newest()) {
            return;
        }
        heartbeats.find(run.jobId()).ifPresent(heartbeat -> runs.jobState(run.jobId()).ifPresent(job ->
                sender.send(heartbeat, board.isUp(run.status()), message(job))));
    }

    /** One line a monitor shows as the event's text. */
    static String message(JobState job) {
        return "%s / %s: %s (warnings: %d, errors: %d), started %s, took %d s, uploaded %d bytes".formatted(
                job.serverDisplayName(), job.backupName(), job.latestStatus(), job.warnings(), job.errors(),
                job.latestBeginTime(), Math.round(job.durationSeconds()), job.uploadedBytes());
    }
}
