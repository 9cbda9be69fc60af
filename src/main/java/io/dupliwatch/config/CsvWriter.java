package io.dupliwatch.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The one way Dupliwatch writes CSV (RFC 4180: comma separated, CRLF line ends, a cell with a comma, quote or line
 * break quoted, quotes doubled).
 * <p>
 * Text that a spreadsheet would run as a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return) gets a leading apostrophe: machine names, job names, actors and user agents come from
 * whoever sent them. Numbers are written as they are, {@code -5} included: a Java number prints only digits, a sign,
 * a point and an exponent, which a spreadsheet reads as a number, never as a formula; only text is neutralised.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** One line; {@code null} is an empty cell, a {@link Number} a number, anything else text. */
    public void row(Object... cells) {
        try {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (!(value instanceof Number) && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
