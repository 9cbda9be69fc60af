package io.dupliwatch.report;

/**
 * A report value Dupliwatch will not store: an unsafe id or name ({@code field} as Duplicati's {@code Extra} names
 * it) or an unreadable or out-of-range figure ({@code Data.BeginTime}, {@code Data.BackendStatistics.BytesUploaded}).
 */
public class InvalidReportFieldException extends IllegalArgumentException {

    private final String field;

    InvalidReportFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
