package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The local hours in which a job runs, e.g. 01:00–06:00; a window whose end is before its start crosses
 * midnight (22:00–06:00) and belongs to the day it starts on.
 */
public record TimeWindow(LocalTime start, LocalTime end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("Window start and end must differ");
        }
    }

    public boolean crossesMidnight() {
        return end.isBefore(start);
    }

    /** Wall-clock length from start to end. */
    public Duration length() {
        Duration length = Duration.between(start, end);
        return length.isNegative() ? length.plusDays(1) : length;
    }
}
