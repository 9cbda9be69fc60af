package io.dupliwatch.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Maps a Duplicati backup result ({@code Data} of an HTTP report, or the {@code Message} of a stored job log)
 * to a {@link BackupRun}. Every numeric field is optional and defaults to 0: Duplicati versions differ.
 */
public final class DuplicatiResultMapper {

    /** Runs with more log lines keep the first ones and a marker; counts stay exact. */
    public static final int MAX_STORED_LOG_LINES = 10_000;

    /**
     * The largest counter or size stored: 2^53 - 1, the largest integer JavaScript clients (duplistatus' among them)
     * read exactly, and small enough that totals over many runs stay far from 64-bit overflow.
     */
    public static final long MAX_FIGURE = (1L << 53) - 1;

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,400}");
    private static final Pattern WARNING_LINE = Pattern.compile("^[^\\[]* - \\[Warning-");
    private static final Pattern ERROR_LINE = Pattern.compile("^[^\\[]* - \\[Error-");

    /** Fields every result has, stored in their own columns: not part of an operation's own figures. */
    private static final Set<String> COMMON_FIELDS = Set.of("MainOperation", "ParsedResult", "Interrupted", "Version",
            "BeginTime", "EndTime", "Duration", "Messages", "Warnings", "Errors", "MessagesActualLength",
            "WarningsActualLength", "ErrorsActualLength", "Exception");
    private static final Pattern FIGURE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");
    private static final int MAX_FIGURES = 40;
    private static final int MAX_FIGURE_TEXT = 500;

    private DuplicatiResultMapper() {
    }

    /**
     * @param logLines  the report's top-level {@code LogLines}, or {@code null} when absent (then
     *                  {@code Data.Messages} is used)
     * @param exception the report's top-level {@code Exception}, or {@code null}
     * @throws InvalidReportFieldException naming the field when {@code BeginTime} or {@code Duration} cannot be read
     *                                     or a figure is beyond 64 bits
     */
    public static BackupRun map(JsonNode data, ReportIdentity identity, Map<String, String> extra,
                                List<String> logLines, String exception) {
        String parsedResult = text(data, "ParsedResult");
        long warningsCount = number(data, "WarningsActualLength");
        String status = RunStatus.recorded(parsedResult, warningsCount);
        Instant beginTime = required("BeginTime", () -> DuplicatiTimestamps.parse(text(data, "BeginTime")));
        double durationSeconds = required("Duration", () -> DotNetTimeSpan.toSeconds(text(data, "Duration")));
        List<String> messages = logLines != null ? logLines : texts(data.path("Messages"));

        return new BackupRun(identity, status, parsedResult, text(data, "MainOperation"), text(data, "Version"),
                beginTime, lenientTimestamp(text(data, "EndTime")), durationSeconds,
                fileCounters(data),
                flag(data, "PartialBackup"), flag(data, "Dryrun"), flag(data, "Interrupted"),
                number(data, "MessagesActualLength"), warningsCount, number(data, "ErrorsActualLength"),
                backendStatistics(data),
                new RunLog(truncate(messages), warnings(data, messages), errors(data, messages, exception)),
                AvailableVersions.fromLog(messages, beginTime, number(data, "BackendStatistics.BackupListCount")),
                extra);
    }

    /**
     * The figures of a non-backup result: its own top-level numbers, flags and texts (a restore's
     * {@code RestoredFiles} and {@code RestorePath}...), arrays as their length, and for a verification
     * {@code VerificationProblems}, the problems found over all checked volumes. Nested results are left out;
     * names are Duplicati's field names, at most {@value #MAX_FIGURES} of them.
     */
    public static Map<String, String> figures(JsonNode data) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : data.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (figures.size() >= MAX_FIGURES || COMMON_FIELDS.contains(name) || !FIGURE_NAME.matcher(name).matches()) {
                continue;
            }
            if (value.isNumber() || value.isBoolean()) {
                figures.put(name, value.isNumber() ? String.valueOf(number(data, name)) : value.toString());
            }
            else if (value.isString() && value.stringValue().length() <= MAX_FIGURE_TEXT) {
                figures.put(name, value.stringValue());
            }
            else if (value.isArray()) {
                figures.put(name, String.valueOf(value.size()));
            }
        }
        JsonNode verifications = data.path("Verifications");
        if (verifications.isArray()) {
            long problems = 0;
            for (JsonNode volume : verifications) {
                problems += volume.path("Value").size();
            }
            figures.put("VerificationProblems", String.valueOf(problems));
        }
        return figures;
    }

    private static FileCounters fileCounters(JsonNode data) {
        return new FileCounters(number(data, "ExaminedFiles"), number(data, "OpenedFiles"),
                number(data, "AddedFiles"), number(data, "ModifiedFiles"), number(data, "DeletedFiles"),
                number(data, "DeletedFolders"), number(data, "AddedFolders"), number(data, "ModifiedFolders"),
                number(data, "NotProcessedFiles"), number(data, "TooLargeFiles"), number(data, "FilesWithError"),
                number(data, "TimestampChangedFiles"), number(data, "AddedSymlinks"),
                number(data, "ModifiedSymlinks"), number(data, "DeletedSymlinks"),
                number(data, "SizeOfExaminedFiles"), number(data, "SizeOfOpenedFiles"),
                number(data, "SizeOfAddedFiles"), number(data, "SizeOfModifiedFiles"));
    }

    private static BackendStatistics backendStatistics(JsonNode data) {
        JsonNode b = data.path("BackendStatistics");
        return new BackendStatistics(backend(data, "BytesUploaded"), backend(data, "BytesDownloaded"),
                backend(data, "FilesUploaded"), backend(data, "FilesDownloaded"), backend(data, "FilesDeleted"),
                backend(data, "RemoteCalls"), backend(data, "RetryAttempts"), backend(data, "KnownFileCount"),
                backend(data, "KnownFileSize"), backend(data, "BackupListCount"),
                lenientTimestamp(text(b, "LastBackupDate")),
                backend(data, "TotalQuotaSpace"), backend(data, "FreeQuotaSpace"),
                flag(b, "ReportedQuotaError"), flag(b, "ReportedQuotaWarning"),
                text(b, "MainOperation"), text(b, "ParsedResult"), flag(b, "Interrupted"), text(b, "Version"),
                lenientTimestamp(text(b, "BeginTime")), text(b, "Duration"),
                backend(data, "WarningsActualLength"), backend(data, "ErrorsActualLength"));
    }

    private static long backend(JsonNode data, String field) {
        return number(data, "BackendStatistics." + field);
    }

    private static List<String> warnings(JsonNode data, List<String> messages) {
        JsonNode given = data.path("Warnings");
        return listed(given, data, "Warnings") ? texts(given) : linesMatching(messages, WARNING_LINE);
    }

    /**
     * Whether {@code Data} lists the entries itself; a reduced report's arrays are empty while its
     * {@code *ActualLength} counts them, and then the log lines ({@code [Warning-Tag-Id] [ex:Type]}) say more.
     */
    private static boolean listed(JsonNode given, JsonNode data, String field) {
        return given.isArray() && (!given.isEmpty() || number(data, field + "ActualLength") == 0);
    }

    private static List<String> errors(JsonNode data, List<String> messages, String exception) {
        JsonNode given = data.path("Errors");
        List<String> errors = new ArrayList<>(listed(given, data, "Errors") ? texts(given) : linesMatching(messages, ERROR_LINE));
        for (String failure : new String[] {exception, text(data, "Exception")}) {
            if (failure != null && !failure.isBlank() && !errors.contains(failure)) {
                errors.add(failure);
            }
        }
        return errors;
    }

    private static List<String> linesMatching(List<String> lines, Pattern level) {
        return lines.stream().filter(line -> level.matcher(line).find()).toList();
    }

    private static List<String> truncate(List<String> messages) {
        if (messages.size() <= MAX_STORED_LOG_LINES) {
            return messages;
        }
        List<String> kept = new ArrayList<>(messages.subList(0, MAX_STORED_LOG_LINES));
        kept.add("... " + (messages.size() - MAX_STORED_LOG_LINES) + " more lines not stored by Dupliwatch");
        return kept;
    }

    /** Reads a field the run cannot do without; the exception names it. */
    private static <T> T required(String field, Supplier<T> reader) {
        T value;
        try {
            value = reader.get();
        }
        catch (IllegalArgumentException e) {
            throw new InvalidReportFieldException("Data." + field, "Data." + field + ": " + e.getMessage());
        }
        if (value == null) {
            throw new InvalidReportFieldException("Data." + field, "Data." + field + " is not set");
        }
        return value;
    }

    /** Secondary dates must never make a report unreadable. */
    private static Instant lenientTimestamp(String text) {
        try {
            return DuplicatiTimestamps.parse(text);
        }
        catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The items of a JSON array as text (non-string items as their JSON); nulls are skipped. */
    public static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isNull()) {
                values.add(item.isString() ? item.stringValue() : item.toString());
            }
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    /**
     * A counter or size: absent or not a number is 0. Any 64-bit value is accepted, since Duplicati's C# {@code long}s
     * wrap around silently, and clamped to 0..{@link #MAX_FIGURE}; what no {@code long} can hold (beyond 64 bits,
     * fractions, {@code 1e400}) is refused, naming the field.
     *
     * @param path a field of {@code Data}, or of an object in it ({@code BackendStatistics.BytesUploaded})
     */
    private static long number(JsonNode data, String path) {
        JsonNode value = data.at("/" + path.replace('.', '/'));
        if (value.isIntegralNumber()) {
            return clamped(path, value.bigIntegerValue());
        }
        if (value.isNumber()) {
            double real = value.doubleValue();
            if (!Double.isFinite(real) || real != Math.rint(real)) {
                throw outOfRange(path);
            }
            return clamped(path, new BigDecimal(real).toBigInteger());
        }
        if (value.isString() && INTEGER.matcher(value.stringValue().trim()).matches()) {
            return clamped(path, new BigInteger(value.stringValue().trim()));
        }
        return 0;
    }

    private static long clamped(String path, BigInteger value) {
        if (value.bitLength() > 63) {
            throw outOfRange(path);
        }
        return Math.max(0, Math.min(value.longValue(), MAX_FIGURE));
    }

    private static InvalidReportFieldException outOfRange(String path) {
        return new InvalidReportFieldException("Data." + path, "Data." + path + " must be a whole number of at most 64 bits");
    }

    private static boolean flag(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.booleanValue() : "true".equalsIgnoreCase(value.asString(""));
    }
}
