package io.dupliwatch.web.server;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The time ranges of the server page's charts. */
public enum ChartRange {
    WEEK("7d", Duration.ofDays(7)),
    MONTH("30d", Duration.ofDays(30)),
    QUARTER("90d", Duration.ofDays(90)),
    YEAR("1y", Duration.ofDays(365)),
    ALL("all", null);

    public static final ChartRange DEFAULT = MONTH;

    private final String param;
    private final Duration length;

    ChartRange(String param, Duration length) {
        this.param = param;
        this.length = length;
    }

    public String param() {
        return param;
    }

    public String messageKey() {
        return "range." + param;
    }

    /** Start of the range ending at {@code now}; {@code null} for all time. */
    Instant from(Instant now) {
        return length == null ? null : now.minus(length);
    }

    static Optional<ChartRange> parse(String value) {
        return Arrays.stream(values()).filter(range -> range.param.equals(value)).findFirst();
    }

    static String choices() {
        return Arrays.stream(values()).map(ChartRange::param).collect(Collectors.joining(", "));
    }
}
