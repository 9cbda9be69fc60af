package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.Instant;

/**
 * A job's expected run did not arrive in time. Published (inside the deciding transaction) once when the job
 * becomes overdue and again for each reminder the configured frequency allows.
 *
 * @param lastRunAt  begin time of the job's newest run
 * @param expectedAt when the next run was expected (without tolerance)
 * @param interval   the job's expected interval in Duplicati's grammar (e.g. {@code 1D})
 * @param reminder   {@code false} for the first alert of an overdue period
 */
public record JobOverdue(long jobId,
                         String serverId,
                         String serverName,
                         String backupName,
                         Instant lastRunAt,
                         Instant expectedAt,
                         Duration tolerance,
                         String interval,
                         boolean reminder) {
}
