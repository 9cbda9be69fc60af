package io.dupliwatch.report;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Archiving hides a server or a job from dashboard lists and overdue checks and keeps its history
 * ({@code archived_at} is set); deleting removes it with all its runs. A pushed run of an archived job or server
 * brings it back: it is evidently still in service.
 */
@Service
public class Archive {

    private final ArchiveRepository archive;
    private final Clock clock;

    Archive(ArchiveRepository archive, Clock clock) {
        this.archive = archive;
        this.clock = clock;
    }

    /** @return false when there is no such server */
    public boolean archiveServer(String serverId) {
        return archive.setServerArchivedAt(serverId, clock.millis());
    }

    /** @return false when there is no such server */
    public boolean unarchiveServer(String serverId) {
        return archive.setServerArchivedAt(serverId, null);
    }

    /** @return false when there is no such job */
    public boolean archiveJob(long jobId) {
        return archive.setJobArchivedAt(jobId, clock.millis());
    }

    /** @return false when there is no such job */
    public boolean unarchiveJob(long jobId) {
        return archive.setJobArchivedAt(jobId, null);
    }

    /** Deletes the server, its jobs and their runs. @return false when there is no such server */
    public boolean deleteServer(String serverId) {
        return archive.deleteServer(serverId);
    }

    /** Deletes the job and its runs (the server stays). @return false when there is no such job */
    public boolean deleteJob(long jobId) {
        return archive.deleteJob(jobId);
    }

    /** Runs inside the recording transaction. */
    @EventListener
    void revive(RunRecorded recorded) {
        if (recorded.source().isLive()) {
            archive.unarchiveIfArchived(recorded.serverId(), recorded.jobId());
        }
    }
}
