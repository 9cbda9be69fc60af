package io.dupliwatch.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCsvTest {

    @Test
    void writesOneRfc4180LinePerEntryWithFormulasDefused() {
        AuditEntry entry = new AuditEntry(7, Instant.parse("2026-03-01T10:00:00Z"), "=HYPERLINK(\"http://evil\")",
                "login_failed", "user:alice", AuditEntry.Outcome.FAILURE, "10.0.0.1", "Mozilla \"5\", really",
                "{\"a\":1}");

        assertThat(AuditCsv.of(List.of(entry))).isEqualTo(AuditCsv.HEADER + "\r\n"
                + "7,2026-03-01T10:00:00Z,\"'=HYPERLINK(\"\"http://evil\"\")\",login_failed,user:alice,failure,10.0.0.1,"
                + "\"Mozilla \"\"5\"\", really\",\"{\"\"a\"\":1}\"\r\n");
    }
}
