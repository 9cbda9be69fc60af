package io.dupliwatch.report;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * How run values read to people, in one language: the pages and the notifications both format with it. Rules:
 * <ul>
 * <li>sizes in binary units named by the bundle's {@code size.units} ({@code 512 B}, {@code 1.5 GiB},
 * {@code 1,5 Gio}): whole bytes below 1 KiB, one decimal below 100 units, whole units above;</li>
 * <li>durations keep the units that matter: {@code 3.2 s}, {@code 42 s}, {@code 4 min 12 s}, {@code 2 h 05 min};</li>
 * <li>relative times in the largest whole unit ({@code time.ago.*}, {@code time.in.*}: minute, hour, day, 30-day
 * month, 365-day year; under a minute {@code time.now}), the thresholds of {@code static/js/app.js}, which refreshes
 * them in pages with {@code Intl.RelativeTimeFormat};</li>
 * <li>run statuses by their {@code run.status.*} text, an unknown one as it is.</li>
 * </ul>
 * Units and numbers are joined by a no-break space. Not thread-safe (number formats): one per request or message.
 */
public final class ReadableValues {

    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86400;
    private static final long MONTH = 30 * DAY;
    private static final long YEAR = 365 * DAY;

    private final MessageSource messages;
    private final Locale locale;
    private final Instant now;
    private final List<String> sizeUnits;
    private final NumberFormat decimal;
    private final NumberFormat integer;

    /** @param now what relative times are relative to */
    public ReadableValues(MessageSource messages, Locale locale, Instant now) {
        this(messages, locale, locale, now);
    }

    /**
     * @param locale  the language of the words (units, relative times, statuses)
     * @param formats the locale of the numbers' separators
     */
    public ReadableValues(MessageSource messages, Locale locale, Locale formats, Instant now) {
        this.messages = messages;
        this.locale = locale;
        this.now = now;
        this.sizeUnits = List.of(messages.getMessage("size.units", null, locale).split(","));
        this.decimal = NumberFormat.getNumberInstance(formats);
        this.decimal.setMaximumFractionDigits(1);
        this.decimal.setMinimumFractionDigits(1);
        this.integer = NumberFormat.getIntegerInstance(formats);
    }

    /** Comma-separated size units of the language, for scripts that format sizes the same way. */
    public String sizeUnitList() {
        return String.join(",", sizeUnits);
    }

    public String number(long value) {
        return integer.format(value);
    }

    public String size(long bytes) {
        if (Math.abs(bytes) < 1024) {
            return integer.format(bytes) + '\u00a0' + sizeUnits.get(0);
        }
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < sizeUnits.size() - 1) {
            value /= 1024;
            unit++;
        }
        String number = Math.abs(value) < 100 ? decimal.format(value) : integer.format(Math.round(value));
        return number + '\u00a0' + sizeUnits.get(unit);
    }

    public String duration(double seconds) {
        if (seconds < 10) {
            return decimal.format(seconds) + "\u00a0s";
        }
        long s = Math.round(seconds);
        if (s < MINUTE) {
            return s + "\u00a0s";
        }
        if (s < HOUR) {
            return (s / MINUTE) + "\u00a0min" + (s % MINUTE == 0 ? "" : " " + (s % MINUTE) + "\u00a0s");
        }
        return (s / HOUR) + "\u00a0h " + String.format(Locale.ROOT, "%02d", (s % HOUR) / MINUTE) + "\u00a0min";
    }

    /** "3 hours ago", "in 2 days"; an empty text for {@code null}. */
    public String relative(Instant instant) {
        if (instant == null) {
            return "";
        }
        long seconds = Duration.between(instant, now).getSeconds();
        long abs = Math.abs(seconds);
        if (abs < MINUTE) {
            return messages.getMessage("time.now", null, locale);
        }
        String unit;
        long count;
        if (abs < HOUR) {
            unit = "minute";
            count = abs / MINUTE;
        }
        else if (abs < DAY) {
            unit = "hour";
            count = abs / HOUR;
        }
        else if (abs < MONTH) {
            unit = "day";
            count = abs / DAY;
        }
        else if (abs < YEAR) {
            unit = "month";
            count = abs / MONTH;
        }
        else {
            unit = "year";
            count = abs / YEAR;
        }
        return messages.getMessage((seconds >= 0 ? "time.ago." : "time.in.") + unit, new Object[] {count}, locale);
    }

    /** An operation's name in the language ({@code Test} is a verification). */
    public String operation(Operation operation) {
        return messages.getMessage("operation." + operation.id(), null, operation.label(), locale);
    }

    /** An operation named as Duplicati writes it ({@code RestoreTest}); names Dupliwatch does not know stay as sent. */
    public String operationNamed(String name) {
        return Operation.of(name).map(this::operation).orElse(name);
    }

    /** A run status (Success, Warning, Error, Fatal, Unknown) in the language. */
    public String status(String status) {
        return messages.getMessage("run.status." + status, null, status, locale);
    }
}
