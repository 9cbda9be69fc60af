package io.dupliwatch.config;

import java.io.StringWriter;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    private final StringWriter out = new StringWriter();
    private final CsvWriter csv = new CsvWriter(out);

    @Test
    void quotesOnlyCellsWithACommaQuoteOrLineBreakAndEndsLinesWithCrLf() {
        csv.row("plain", "a,b", "say \"hi\"", "two\nlines", null, 42L, Instant.parse("2026-03-01T10:00:00Z"));

        assertThat(out).hasToString("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,42,2026-03-01T10:00:00Z\r\n");
    }

    @Test
    void textASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        csv.row("=HYPERLINK(\"http://evil\",\"x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "a=b");

        assertThat(out).hasToString("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",'+1,'-2+3,'@SUM(A1),'\tcmd,"
                + "\"'\rcmd\",a=b\r\n");
    }

    @Test
    void ourOwnNegativeNumbersStayNumbersButTheSameTextIsDefused() {
        csv.row(-5L, -1.5, "-5");

        assertThat(out).hasToString("-5,-1.5,'-5\r\n");
    }
}
