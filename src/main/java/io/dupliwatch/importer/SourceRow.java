package io.dupliwatch.importer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * The current row of a duplistatus {@code backups} query. Columns that an older schema lacks read as 0, false or
 * null; dates are read in the forms duplistatus wrote (ISO-8601 from JavaScript, SQLite's
 * {@code CURRENT_TIMESTAMP}, epoch milliseconds).
 */
final class SourceRow {

    private static final DateTimeFormatter SQLITE_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    private final ResultSet rs;
    private final Set<String> columns;

    SourceRow(ResultSet rs, Set<String> columns) {
        this.rs = rs;
        this.columns = columns;
    }

    boolean has(String column) {
        return columns.contains(column);
    }

    String text(String column) throws SQLException {
        return has(column) ? rs.getString(column) : null;
    }

    long number(String column) throws SQLException {
        return has(column) ? rs.getLong(column) : 0;
    }

    double decimal(String column) throws SQLException {
        return has(column) ? rs.getDouble(column) : 0;
    }

    boolean flag(String column) throws SQLException {
        if (!has(column)) {
            return false;
        }
        String value = rs.getString(column);
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }

    Instant time(String column) throws SQLException {
        return parseTime(text(column));
    }

    static Instant parseTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            if (text.contains("T")) {
                return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text, SQLITE_TIMESTAMP).toInstant(ZoneOffset.UTC);
        }
        catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
