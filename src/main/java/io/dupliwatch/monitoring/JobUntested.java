package io.dupliwatch.monitoring;

import java.util.List;

/**
 * A job's expected restore or verification is missing or too old (see {@code operationIntervals}). Published
 * (inside the deciding transaction) once when the job becomes untested and again for each reminder the configured
 * frequency allows.
 *
 * @param operations the missing operations, by Duplicati name ({@code Restore}, {@code Test})
 * @param reminder   {@code false} for the first alert of an untested period
 */
public record JobUntested(long jobId,
                          String serverId,
                          String serverName,
                          String backupName,
                          List<String> operations,
                          boolean reminder) {
}
