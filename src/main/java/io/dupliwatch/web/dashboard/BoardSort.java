package io.dupliwatch.web.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.ToLongFunction;

import io.dupliwatch.monitoring.HealthStatus;
import io.dupliwatch.report.RunSummary;
import io.dupliwatch.web.JobLine;
import io.dupliwatch.web.ServerCard;

/**
 * Orders of the dashboard. The first three apply to cards and rows; the others are table columns. Each has the
 * direction a user expects first (names A-Z, worst state first, newest first, biggest first).
 */
public enum BoardSort {
    NAME(false, true),
    STATE(true, true),
    LAST_RUN(true, true),
    JOB(false, false),
    NEXT_RUN(false, false),
    VERSIONS(true, false),
    RUNS(true, false),
    DURATION(true, false),
    WARNINGS(true, false),
    ERRORS(true, false),
    SIZE(true, false),
    STORAGE(true, false);

    /** {@link HealthStatus} is worst first; states sort ascending from the mildest. */
    private static final Comparator<HealthStatus> MILDEST_FIRST = Comparator.reverseOrder();
    private static final Comparator<String> TEXT = Comparator.comparing(s -> s.toLowerCase(Locale.ROOT));

    private final boolean descendingFirst;
    private final boolean forCards;

    BoardSort(boolean descendingFirst, boolean forCards) {
        this.descendingFirst = descendingFirst;
        this.forCards = forCards;
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "sort." + param();
    }

    public boolean descendingFirst() {
        return descendingFirst;
    }

    public boolean forCards() {
        return forCards;
    }

    static BoardSort parse(String value) {
        for (BoardSort sort : values()) {
            if (sort.param().equals(value)) {
                return sort;
            }
        }
        return null;
    }

    /** Server cards in this order (table-only orders sort cards by name). */
    Comparator<ServerCard> cards(boolean descending) {
        Comparator<ServerCard> byName = Comparator.comparing(ServerCard::displayName, TEXT)
                .thenComparing(ServerCard::id);
        return switch (this) {
            case STATE -> reversedIf(descending, Comparator.comparing(ServerCard::health, MILDEST_FIRST)).thenComparing(byName);
            case LAST_RUN -> reversedIf(descending, Comparator.comparing(ServerCard::lastRun,
                    Comparator.nullsFirst(Comparator.naturalOrder()))).thenComparing(byName);
            default -> reversedIf(descending && this == NAME, byName);
        };
    }

    /** Table rows in this order, ties broken by server then job name. */
    Comparator<JobLine> rows(boolean descending) {
        Comparator<JobLine> byName = Comparator.comparing(JobLine::serverDisplayName, TEXT)
                .thenComparing(JobLine::serverId).thenComparing(JobLine::backupName, TEXT);
        Comparator<JobLine> order = switch (this) {
            case NAME -> byName;
            case JOB -> Comparator.comparing(JobLine::backupName, TEXT);
            case STATE -> Comparator.comparing(JobLine::health, MILDEST_FIRST);
            case LAST_RUN -> Comparator.comparing(job -> job.latest() == null ? null : job.latest().beginTime(),
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
            case NEXT_RUN -> Comparator.comparing(JobLine::expectedAt, Comparator.nullsLast(Comparator.naturalOrder()));
            case VERSIONS -> latest(RunSummary::versions);
            case RUNS -> Comparator.comparingLong(JobLine::runCount);
            case DURATION -> Comparator.comparingDouble(job -> job.latest() == null ? -1 : job.latest().durationSeconds());
            case WARNINGS -> latest(RunSummary::warnings);
            case ERRORS -> latest(RunSummary::errors);
            case SIZE -> latest(RunSummary::fileSize);
            case STORAGE -> latest(RunSummary::storageSize);
        };
        return this == NAME ? reversedIf(descending, order)
                : reversedIf(descending, order).thenComparing(byName);
    }

    private static Comparator<JobLine> latest(ToLongFunction<RunSummary> value) {
        return Comparator.comparingLong(job -> job.latest() == null ? -1 : value.applyAsLong(job.latest()));
    }

    private static <T> Comparator<T> reversedIf(boolean reverse, Comparator<T> order) {
        return reverse ? order.reversed() : order;
    }
}
