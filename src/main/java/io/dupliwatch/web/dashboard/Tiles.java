package io.dupliwatch.web.dashboard;

import java.time.Instant;
import java.util.List;

import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;

/**
 * The summary figures above the dashboard, over every server whatever the filter.
 *
 * @param sourceSize bytes examined by each job's newest run, summed
 * @param storage    destination bytes after each job's newest run, summed
 * @param uploaded   bytes uploaded by every run stored
 * @param failing    jobs whose newest run failed (Error or Fatal)
 * @param newestRun  begin time of the newest run anywhere, {@code null} when none
 */
public record Tiles(long servers, long jobs, long runs, long sourceSize, long storage, long uploaded, long overdue,
                    long failing, Instant newestRun) {

    static Tiles of(List<ServerCard> cards) {
        long jobs = 0;
        long runs = 0;
        long size = 0;
        long storage = 0;
        long uploaded = 0;
        long overdue = 0;
        long failing = 0;
        Instant newest = null;
        for (ServerCard card : cards) {
            jobs += card.jobs().size();
            size += card.size();
            storage += card.storage();
            overdue += card.overdue();
            for (JobLine job : card.jobs()) {
                runs += job.runCount();
                uploaded += job.uploadedTotal();
                failing += job.status() == HealthStatus.ERROR ? 1 : 0;
            }
            if (card.lastRun() != null && (newest == null || card.lastRun().isAfter(newest))) {
                newest = card.lastRun();
            }
        }
        return new Tiles(cards.size(), jobs, runs, size, storage, uploaded, overdue, failing, newest);
    }
}
