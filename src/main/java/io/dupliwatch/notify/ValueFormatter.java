package io.dupliwatch.notify;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.dupliwatch.monitoring.JobRecovered;

/**
 * Turns facts into the words of a template language ({@code en} or {@code fr}): dates in the configured time
 * zone, binary sizes, durations, relative times, status names.
 */
final class ValueFormatter {

    /** Shown for a value the event does not carry. */
    static final String UNKNOWN = "—";

    private static final Map<String, Map<String, String>> STATUS = Map.of(
            "fr", Map.of("Success", "Succès", "Warning", "Avertissement", "Error", "Erreur", "Fatal", "Fatal",
                    "Unknown", "Inconnu"));

    private final boolean french;
    private final Locale locale;
    private final DateTimeFormatter dates;
    private final Instant now;

    ValueFormatter(String language, ZoneId zone, Instant now) {
        this.french = language.equals("fr");
        this.locale = Locale.forLanguageTag(language);
        this.dates = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss z", locale).withZone(zone);
        this.now = now;
    }

    String date(Instant instant) {
        return instant == null ? UNKNOWN : dates.format(instant);
    }

    String count(Long value) {
        return value == null ? UNKNOWN : NumberFormat.getIntegerInstance(locale).format(value);
    }

    String status(String status) {
        if (status == null) {
            return UNKNOWN;
        }
        return french ? STATUS.get("fr").getOrDefault(status, status) : status;
    }

    /** Binary units: 1536 → "1.5 KiB" ("1,5 Kio" in French). */
    String size(Long bytes) {
        if (bytes == null) {
            return UNKNOWN;
        }
        String[] units = french ? new String[] { "o", "Kio", "Mio", "Gio", "Tio", "Pio" }
                : new String[] { "B", "KiB", "MiB", "GiB", "TiB", "PiB" };
        double value = bytes;
        int unit = 0;
        while (Math.abs(value) >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(unit == 0 ? 0 : 2);
        return number.format(value) + " " + units[unit];
    }

    /** "1h 2m 3s" ("1 h 2 min 3 s"); zero parts are left out. */
    String duration(Double seconds) {
        return seconds == null ? UNKNOWN : duration(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    String duration(Duration duration) {
        long total = Math.round(duration.toMillis() / 1000.0);
        long[] parts = { total / 86_400, total % 86_400 / 3600, total % 3600 / 60, total % 60 };
        String[] units = french ? new String[] { " j", " h", " min", " s" } : new String[] { "d", "h", "m", "s" };
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] != 0) {
                text.append(text.isEmpty() ? "" : " ").append(parts[i]).append(units[i]);
            }
        }
        return text.isEmpty() ? "0" + units[3] : text.toString();
    }

    /** "3 hours ago" / "in 20 minutes" ("il y a 3 heures" / "dans 20 minutes"), rounded down to the largest unit. */
    String elapsed(Instant instant) {
        if (instant == null) {
            return UNKNOWN;
        }
        Duration gap = Duration.between(instant, now);
        boolean past = !gap.isNegative();
        long seconds = gap.abs().toSeconds();
        if (seconds < 60) {
            return french ? "à l'instant" : "just now";
        }
        long amount;
        String unit;
        if (seconds < 3600) {
            amount = seconds / 60;
            unit = "minute";
        }
        else if (seconds < 86_400) {
            amount = seconds / 3600;
            unit = french ? "heure" : "hour";
        }
        else {
            amount = seconds / 86_400;
            unit = french ? "jour" : "day";
        }
        String quantity = amount + " " + unit + (amount > 1 ? "s" : "");
        if (french) {
            return (past ? "il y a " : "dans ") + quantity;
        }
        return past ? quantity + " ago" : "in " + quantity;
    }

    String recovery(JobRecovered.Reason reason) {
        if (reason == null) {
            return UNKNOWN;
        }
        return switch (reason) {
            case AFTER_FAILURE -> french ? "après une sauvegarde en échec" : "after a failed backup";
            case AFTER_OVERDUE -> french ? "après une période de retard" : "after an overdue period";
        };
    }
}
