package io.dupliwatch.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long runs are kept. Both limits apply; {@code 0} means no limit, so by default every run is kept. A job's
 * newest run is always kept.
 *
 * @param maxAgeDays    delete runs that began more than this many days ago ({@code DUPLIWATCH_RETENTION_MAXAGEDAYS})
 * @param maxRunsPerJob keep at most this many runs per job ({@code DUPLIWATCH_RETENTION_MAXRUNSPERJOB})
 * @param cron          when the limits are applied, a Spring cron expression in the server's time zone
 *                      ({@code DUPLIWATCH_RETENTION_CRON}); once per cluster
 */
@ConfigurationProperties("dupliwatch.retention")
public record RetentionProperties(@DefaultValue("0") int maxAgeDays,
                                  @DefaultValue("0") int maxRunsPerJob,
                                  @DefaultValue("0 30 3 * * *") String cron) {

    /** Checked here rather than with Bean Validation, which would build a validator in every start for two numbers. */
    public RetentionProperties {
        if (maxAgeDays < 0 || maxRunsPerJob < 0) {
            throw new IllegalArgumentException("dupliwatch.retention.max-age-days and max-runs-per-job must be 0 "
                    + "(no limit) or more, not " + maxAgeDays + " and " + maxRunsPerJob);
        }
    }

    public boolean keepsEverything() {
        return maxAgeDays == 0 && maxRunsPerJob == 0;
    }
}
