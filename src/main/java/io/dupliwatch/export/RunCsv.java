package io.dupliwatch.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

import io.dupliwatch.report.ExportedRun;

/** Writes runs as CSV (RFC 4180: comma separated, CRLF, fields with comma, quote or line break quoted). */
final class RunCsv {

    static final List<String> COLUMNS = List.of("id", "serverId", "serverName", "backupName", "backupId", "status",
            "beginTime", "endTime", "durationSeconds", "examinedFiles", "sizeOfExaminedFiles", "addedFiles",
            "modifiedFiles", "deletedFiles", "uploadedSize", "knownFileSize", "backupListCount", "warnings", "errors",
            "messages", "source", "receivedAt");

    private final Writer out;

    RunCsv(Writer out) {
        this.out = out;
    }

    void header() {
        line(COLUMNS.toArray());
    }

    void row(ExportedRun r) {
        line(r.id(), r.serverId(), r.serverName(), r.backupName(), r.backupId(), r.status(), r.beginTime(),
                r.endTime(), r.durationSeconds(), r.examinedFiles(), r.sizeOfExaminedFiles(), r.addedFiles(),
                r.modifiedFiles(), r.deletedFiles(), r.uploadedSize(), r.knownFileSize(), r.backupListCount(),
                r.warnings(), r.errors(), r.messages(), r.source(), r.receivedAt());
    }

    private void line(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(values[i]));
            }
            out.write("\r\n");
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Instant instant ? instant.toString() : String.valueOf(value);
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
