package io.dupliwatch.monitoring;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The time zones a server may have: IANA region ids, validated, listed for the pages, and guessed from the UTC
 * offsets Duplicati writes in its log lines ({@code 2026-08-12 03:32:00 +02 - [...]}).
 */
public final class ServerTimeZones {

    /** Geographic areas of the tz database: the ids a person picks (not {@code SystemV/…} or {@code Etc/GMT+1}). */
    private static final Set<String> AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");
    /** Named first when several zones match the offsets seen: the most used zone of each offset pattern. */
    private static final List<String> PREFERRED = List.of("UTC", "Europe/London", "Europe/Berlin", "Europe/Helsinki",
            "Europe/Moscow", "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
            "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Halifax", "America/St_Johns",
            "America/Sao_Paulo", "America/Mexico_City", "Africa/Lagos", "Africa/Johannesburg", "Asia/Dubai",
            "Asia/Karachi", "Asia/Kolkata", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo", "Australia/Perth",
            "Australia/Adelaide", "Australia/Brisbane", "Australia/Sydney", "Pacific/Auckland");
    /** Duplicati's log time: local date-time and .NET's {@code zz} (hours) or {@code zzz} (hours:minutes) offset. */
    private static final Pattern LOG_TIME =
            Pattern.compile("^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) ([+-])(\\d{2})(?::(\\d{2}))? - ");
    private static final DateTimeFormatter LOG_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Set<String> IDS = Stream.concat(Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
                    .filter(id -> AREAS.contains(id.substring(0, Math.max(0, id.indexOf('/'))))))
            .collect(TreeSet::new, Set::add, Set::addAll);

    private ServerTimeZones() {
    }

    /** Every zone a server may have, sorted: for a datalist. */
    public static Set<String> ids() {
        return IDS;
    }

    /** The zone of an IANA id; empty for {@code null}, blank, an offset, or an id the tz database lacks. */
    public static Optional<ZoneId> parse(String id) {
        String key = id == null ? "" : id.strip();
        return IDS.contains(key) ? Optional.of(ZoneId.of(key)) : Optional.empty();
    }

    /**
     * The zone a user asked for; {@code null} or blank means none.
     *
     * @throws InvalidScheduleException naming {@code field} for an unknown id
     */
    public static ZoneId require(String field, String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        return parse(id).orElseThrow(() -> new InvalidScheduleException(field,
                "Unknown time zone '%s': use an IANA id such as Europe/Berlin or America/New_York".formatted(id.strip()),
                "problem.schedule.unknownTimeZone", id.strip()));
    }

    /**
     * A zone whose UTC offset at each log line's local time is the one the line carries, so across a DST change
     * only zones with both offsets match. Among several, {@code hint} (the global zone) if it matches, else the
     * most used zone, else the first by name. Empty when no line carries an offset or no zone fits them all.
     */
    static Optional<ZoneId> fromLogLines(Collection<String> lines, ZoneId hint) {
        Set<Observation> observations = new LinkedHashSet<>();
        for (String line : lines) {
            Observation.of(line).ifPresent(observations::add);
        }
        if (observations.isEmpty()) {
            return Optional.empty();
        }
        Stream<String> candidates = Stream.of(Stream.of(hint.getId()), PREFERRED.stream(), IDS.stream())
                .flatMap(s -> s);
        return candidates.filter(IDS::contains).distinct().map(ZoneId::of)
                .filter(zone -> observations.stream().allMatch(o -> o.fits(zone)))
                .findFirst();
    }

    /**
     * A log line's local time (to the hour: enough for the offset) and offset.
     *
     * @param minutes {@code null} when the line gives whole hours only ({@code +05} for +05:30)
     */
    private record Observation(LocalDateTime localTime, int sign, int hours, Integer minutes) {

        static Optional<Observation> of(String line) {
            Matcher m = line == null ? null : LOG_TIME.matcher(line);
            if (m == null || !m.find()) {
                return Optional.empty();
            }
            try {
                LocalDateTime time = LocalDateTime.parse(m.group(1), LOG_DATE_TIME).truncatedTo(ChronoUnit.HOURS);
                int hours = Integer.parseInt(m.group(3));
                Integer minutes = m.group(4) == null ? null : Integer.parseInt(m.group(4));
                if (hours > 18 || (minutes != null && minutes > 59)) {
                    return Optional.empty();
                }
                return Optional.of(new Observation(time, m.group(2).equals("-") ? -1 : 1, hours, minutes));
            }
            catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** Whether the zone's offset at this local time (either one, in a repeated hour) is the one seen. */
        boolean fits(ZoneId zone) {
            for (ZoneOffset offset : zone.getRules().getValidOffsets(localTime)) {
                int seconds = offset.getTotalSeconds();
                boolean matches = minutes == null
                        ? seconds / 3600 == sign * hours
                        : seconds == sign * (hours * 3600 + minutes * 60);
                if (matches) {
                    return true;
                }
            }
            return false;
        }
    }
}
