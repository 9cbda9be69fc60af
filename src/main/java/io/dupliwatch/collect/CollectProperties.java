package io.dupliwatch.collect;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Pulling history and schedules from Duplicati servers.
 *
 * @param connectTimeout TCP connect limit per attempt ({@code DUPLIWATCH_COLLECT_CONNECTTIMEOUT})
 * @param requestTimeout limit for one whole HTTP exchange, body included ({@code DUPLIWATCH_COLLECT_REQUESTTIMEOUT})
 * @param logPageSize    rows asked per page of a job log; Duplicati clamps it to 10..500, so do we
 *                       ({@code DUPLIWATCH_COLLECT_LOGPAGESIZE})
 * @param parallelism    servers collected at the same time by "collect all" and automatic collection
 *                       ({@code DUPLIWATCH_COLLECT_PARALLELISM})
 */
@ConfigurationProperties("dupliwatch.collect")
public record CollectProperties(@DefaultValue("5s") Duration connectTimeout,
                                @DefaultValue("60s") Duration requestTimeout,
                                @DefaultValue("500") int logPageSize,
                                @DefaultValue("4") int parallelism) {

    public CollectProperties {
        if (parallelism < 1) {
            throw new IllegalArgumentException("dupliwatch.collect.parallelism must be at least 1");
        }
    }

    static final int MIN_PAGE_SIZE = 10;
    static final int MAX_PAGE_SIZE = 500;

    /** The page size Duplicati will really use, so that "a short page is the last page" holds. */
    int effectiveLogPageSize() {
        return Math.max(MIN_PAGE_SIZE, Math.min(MAX_PAGE_SIZE, logPageSize));
    }
}
