package io.dupliwatch.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the backup versions a run left at the destination from Duplicati's retention-policy log lines
 * ("Backups to consider:" minus "All backups to delete:").
 *
 * <p>The dates in those lines are written in the Duplicati machine's culture, so {@code 04/03/2025} may be the
 * 4th of March or the 3rd of April. Both readings are tried and only one that is consistent with the run is
 * kept: every version at or before the run's start, listed newest first, no more than the version count.
 * When neither or both (with different results) are consistent, nothing is returned: no list is better than a
 * wrong one.
 */
public final class AvailableVersions {

    private static final String CONSIDER = "Backups to consider:";
    private static final String DELETE = "All backups to delete:";
    private static final String DELETE_OLD = "thus getting deleted:";

    private static final Pattern LINE_OFFSET = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} ([+-]\\d{2})(?::?(\\d{2}))? ");
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,4})[./-](\\d{1,2})[./-](\\d{1,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?");

    private enum Reading { DAY_FIRST, MONTH_FIRST }

    private AvailableVersions() {
    }

    public static List<Instant> fromLog(List<String> messages, Instant beginTime, long backupListCount) {
        String considerLine = lastLineContaining(messages, CONSIDER);
        if (considerLine == null) {
            return List.of();
        }
        String deleteLine = lastLineContaining(messages, DELETE);
        if (deleteLine == null) {
            deleteLine = lastLineContaining(messages, DELETE_OLD);
        }
        ZoneOffset offset = lineOffset(considerLine);
        List<String> considered = dateTexts(considerLine, CONSIDER);
        List<String> deleted = deleteLine == null ? List.of()
                : dateTexts(deleteLine, deleteLine.contains(DELETE) ? DELETE : DELETE_OLD);

        Set<List<Instant>> consistent = new LinkedHashSet<>();
        for (Reading reading : Reading.values()) {
            read(considered, reading, offset)
                    .filter(versions -> isConsistent(versions, beginTime, backupListCount))
                    .ifPresent(versions -> read(deleted, reading, offset).ifPresent(gone -> {
                        List<Instant> kept = new ArrayList<>(versions);
                        kept.removeAll(gone);
                        consistent.add(List.copyOf(kept));
                    }));
        }
        return consistent.size() == 1 ? consistent.iterator().next() : List.of();
    }

    private static boolean isConsistent(List<Instant> versions, Instant beginTime, long backupListCount) {
        if (versions.isEmpty() || (backupListCount > 0 && versions.size() > backupListCount)) {
            return false;
        }
        Instant previous = beginTime.plusSeconds(1);
        for (Instant version : versions) {
            if (!version.isBefore(previous)) {
                return false;
            }
            previous = version;
        }
        return true;
    }

    private static Optional<List<Instant>> read(List<String> texts, Reading reading, ZoneOffset offset) {
        List<Instant> instants = new ArrayList<>(texts.size());
        for (String text : texts) {
            Instant instant = parse(text, reading, offset);
            if (instant == null) {
                return Optional.empty();
            }
            instants.add(instant);
        }
        return Optional.of(instants);
    }

    private static Instant parse(String text, Reading reading, ZoneOffset offset) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (m.group(7) != null) {
            boolean pm = Character.toLowerCase(m.group(7).charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        int year;
        int month;
        int day;
        if (m.group(1).length() == 4) {
            year = a;
            month = b;
            day = c;
        }
        else {
            year = c < 100 ? 2000 + c : c;
            month = reading == Reading.DAY_FIRST ? b : a;
            day = reading == Reading.DAY_FIRST ? a : b;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
        }
        catch (DateTimeException e) {
            return null;
        }
    }

    private static List<String> dateTexts(String line, String marker) {
        String list = line.substring(line.indexOf(marker) + marker.length()).trim();
        if (list.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                texts.add(part.trim());
            }
        }
        return texts;
    }

    private static ZoneOffset lineOffset(String line) {
        Matcher m = LINE_OFFSET.matcher(line);
        if (!m.find()) {
            return ZoneOffset.UTC;
        }
        int hours = Integer.parseInt(m.group(1));
        int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2)) * Integer.signum(hours == 0 ? 1 : hours);
        try {
            return ZoneOffset.ofHoursMinutes(hours, minutes);
        }
        catch (DateTimeException e) {
            return ZoneOffset.UTC; // not an offset (+99): the line was not written by Duplicati
        }
    }

    private static String lastLineContaining(List<String> messages, String marker) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).contains(marker)) {
                return messages.get(i);
            }
        }
        return null;
    }
}
