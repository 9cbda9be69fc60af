package io.dupliwatch.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.dupliwatch.config.Language;
import io.dupliwatch.monitoring.JobRecovered;
import io.dupliwatch.report.ReadableValues;

import org.springframework.context.MessageSource;

/**
 * Turns facts into the words of a template language (a tag such as {@code en} or {@code pt-BR}): dates in the
 * language's medium style with a 24-hour time (English day first, as duplistatus's en-GB: 12 Mar 2025), in the
 * given time zone with its abbreviation ({@code CET}, {@code EDT}), and sizes, durations, relative times and status
 * names as the pages show them ({@link ReadableValues}).
 */
final class ValueFormatter {

    /** Shown for a value the event does not carry. */
    static final String UNKNOWN = "—";

    private final MessageSource messages;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter zoneAbbreviation;
    private final ReadableValues values;

    ValueFormatter(MessageSource messages, String language, ZoneId zone, Instant now) {
        Language words = Language.ofTag(language).orElse(Language.EN);
        Locale formats = words == Language.EN ? Locale.UK : words.formats();
        this.messages = messages;
        this.locale = words.locale();
        this.dates = DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.MEDIUM, null, IsoChronology.INSTANCE, formats) + " HH:mm:ss", formats).withZone(zone);
        // English abbreviations come from plain English: en-GB and en-IN know no EDT, only GMT-04:00.
        this.zoneAbbreviation = DateTimeFormatter.ofPattern("z",
                formats.getLanguage().equals("en") ? Locale.ENGLISH : formats).withZone(zone);
        this.values = new ReadableValues(messages, locale, formats, now);
    }

    String date(Instant instant) {
        return instant == null ? UNKNOWN : dates.format(instant) + " " + zoneAbbreviation.format(instant);
    }

    String count(Long value) {
        return value == null ? UNKNOWN : values.number(value);
    }

    String status(String status) {
        return status == null ? UNKNOWN : values.status(status);
    }

    String size(Long bytes) {
        return bytes == null ? UNKNOWN : values.size(bytes);
    }

    String duration(Double seconds) {
        return seconds == null ? UNKNOWN : values.duration(seconds);
    }

    String duration(Duration duration) {
        return values.duration(duration.toMillis() / 1000.0);
    }

    /** "3 hours ago" / "in 20 minutes" ("il y a 3 heures" / "dans 20 minutes"). */
    String elapsed(Instant instant) {
        return instant == null ? UNKNOWN : values.relative(instant);
    }

    /** Duplicati's operation names ({@code "Restore, Test"}) in the template's language; unknown names as they are. */
    String operations(String labels) {
        if (labels == null) {
            return UNKNOWN;
        }
        return Arrays.stream(labels.split(",")).map(String::strip).map(values::operationNamed)
                .collect(Collectors.joining(", "));
    }

    String recovery(JobRecovered.Reason reason) {
        if (reason == null) {
            return UNKNOWN;
        }
        return messages.getMessage("notification.recovery." + reason.name().toLowerCase(Locale.ROOT), null, locale);
    }
}
