package io.dupliwatch.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void quotesEveryCellAndDoublesQuotes() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2026-03-01T10:00:00Z"), "alice", "login", "user:alice",
                AuditEntry.Outcome.SUCCESS, "10.0.0.1", "Mozilla \"5\", really", "{\"a\":1}");

        assertThat(AuditCsv.of(List.of(entry))).isEqualTo(AuditCsv.HEADER + "\r\n"
                + "7,\"2026-03-01T10:00:00Z\",\"alice\",\"login\",\"user:alice\",\"success\",\"10.0.0.1\","
                + "\"Mozilla \"\"5\"\", really\",\"{\"\"a\"\":1}\"\r\n");
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreDefused() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(AuditCsv.cell("@SUM(A1)")).startsWith("\"'@");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }
}
