package io.dupliwatch.monitoring;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * A repeat interval in the grammar of Duplicati's {@code Schedule.Repeat}: concatenated {@code <integer><unit>}
 * tokens with the case-sensitive units {@code s} seconds, {@code m} minutes, {@code h} hours, {@code D} days,
 * {@code W} weeks, {@code M} months and {@code Y} years ({@code 30m}, {@code 12h}, {@code 1D}, {@code 1D2h30m});
 * a bare integer means seconds.
 * <p>
 * Years, months, weeks and days are calendar units: added to a local date-time they keep the time of day across
 * DST changes. Hours, minutes and seconds are elapsed time.
 */
public record Interval(long years, long months, long weeks, long days, long hours, long minutes, long seconds) {

    private static final String UNITS = "YMWDhms";
    private static final Duration LONGEST = Duration.ofDays(3660);
    private static final String EXAMPLES = "e.g. 1D, 12h, 30m, 1W, 1M or 1D2h30m";

    public Interval {
        long[] parts = {years, months, weeks, days, hours, minutes, seconds};
        boolean positive = false;
        for (long part : parts) {
            if (part < 0) {
                throw new IllegalArgumentException("Interval parts must not be negative");
            }
            positive |= part > 0;
        }
        if (!positive) {
            throw new IllegalArgumentException("Interval must be longer than zero (" + EXAMPLES + ")");
        }
        if (years > 10 || months > 120 || weeks > 522 || days > 3660 || hours > 87_840 || minutes > 5_270_400
                || seconds > 316_224_000 || approximateLength().compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("Interval must not be longer than 10 years");
        }
    }

    /** Parses Duplicati's repeat grammar; the message of the exception says what is wrong and where. */
    public static Interval parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Interval is empty (" + EXAMPLES + ")");
        }
        String s = text.strip();
        if (s.chars().allMatch(Character::isDigit)) {
            return new Interval(0, 0, 0, 0, 0, 0, number(s, s));
        }
        long[] values = new long[UNITS.length()];
        boolean[] seen = new boolean[UNITS.length()];
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("Invalid interval '%s': expected a number at position %d, found '%c' (%s)"
                        .formatted(s, i + 1, s.charAt(i), EXAMPLES));
            }
            if (i == s.length()) {
                throw new IllegalArgumentException("Invalid interval '%s': the number %s has no unit (s, m, h, D, W, M or Y)"
                        .formatted(s, s.substring(start)));
            }
            char unit = s.charAt(i++);
            int index = UNITS.indexOf(unit);
            if (index < 0) {
                throw new IllegalArgumentException(
                        "Invalid interval '%s': unknown unit '%c'; units are s, m, h, D, W, M and Y (m = minutes, M = months)"
                                .formatted(s, unit));
            }
            if (seen[index]) {
                throw new IllegalArgumentException("Invalid interval '%s': unit '%c' appears twice".formatted(s, unit));
            }
            seen[index] = true;
            values[index] = number(s, s.substring(start, i - 1));
        }
        return new Interval(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }

    /**
     * Parses a fixed length written in the interval grammar, for tolerances and check periods: {@code 0} means
     * none; months and years are refused because their length varies.
     */
    public static Duration parseDuration(String text) {
        if (text != null && text.strip().equals("0")) {
            return Duration.ZERO;
        }
        return parse(text).toDuration();
    }

    /** The interval grammar form of a whole-second duration: {@code 0}, {@code 2h}, {@code 1D12h}. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0";
        }
        if (duration.isNegative() || duration.getNano() != 0) {
            throw new IllegalArgumentException("Only positive whole seconds can be written as an interval: " + duration);
        }
        return new Interval(0, 0, 0, duration.toDays(), duration.toHoursPart(), duration.toMinutesPart(),
                duration.toSecondsPart()).toString();
    }

    /** Whether the interval has a calendar part (years, months, weeks or days). */
    public boolean isDayBased() {
        return years > 0 || months > 0 || weeks > 0 || days > 0;
    }

    /** Whether the interval has an elapsed-time part (hours, minutes or seconds). */
    public boolean hasTimePart() {
        return hours > 0 || minutes > 0 || seconds > 0;
    }

    /** The hours, minutes and seconds. */
    public Duration timePart() {
        return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    }

    /** A length for comparisons only: months count 30 days, years 365. */
    public Duration approximateLength() {
        return Duration.ofDays(years * 365 + months * 30 + weeks * 7 + days).plus(timePart());
    }

    /** The exact length; refused for months and years. */
    public Duration toDuration() {
        if (years > 0 || months > 0) {
            throw new IllegalArgumentException("Interval '%s' has no fixed length: use D, W, h, m or s".formatted(this));
        }
        return Duration.ofDays(weeks * 7 + days).plus(timePart());
    }

    /** Calendar parts move the local date (keeping the time of day), time parts move the instant. */
    public ZonedDateTime addTo(ZonedDateTime time) {
        return time.plusYears(years).plusMonths(months).plusWeeks(weeks).plusDays(days)
                .plusHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    }

    /** Wall-clock addition of every part. */
    public LocalDateTime addTo(LocalDateTime time) {
        return time.plusYears(years).plusMonths(months).plusWeeks(weeks).plusDays(days)
                .plusHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    }

    /** The canonical form, parts in the order Y M W D h m s: {@code 1D2h30m}. */
    @Override
    public String toString() {
        long[] parts = {years, months, weeks, days, hours, minutes, seconds};
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0) {
                text.append(parts[i]).append(UNITS.charAt(i));
            }
        }
        return text.toString();
    }

    private static long number(String interval, String digits) {
        if (digits.length() > 12) {
            throw new IllegalArgumentException("Invalid interval '%s': the number %s is too large".formatted(interval, digits));
        }
        return Long.parseLong(digits);
    }
}
