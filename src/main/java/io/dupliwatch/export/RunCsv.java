package io.dupliwatch.export;

import java.io.Writer;
import java.util.List;

import io.dupliwatch.config.CsvWriter;
import io.dupliwatch.report.ExportedRun;

/** Writes runs as CSV, one line per run, through the {@link CsvWriter} (which also defuses formulas in names). */
final class RunCsv {

    static final List<String> COLUMNS = List.of("id", "serverId", "serverName", "backupName", "backupId", "status",
            "beginTime", "endTime", "durationSeconds", "examinedFiles", "sizeOfExaminedFiles", "addedFiles",
            "modifiedFiles", "deletedFiles", "uploadedSize", "knownFileSize", "backupListCount", "warnings", "errors",
            "messages", "source", "receivedAt");

    private final CsvWriter csv;

    RunCsv(Writer out) {
        this.csv = new CsvWriter(out);
    }

    void header() {
        csv.row(COLUMNS.toArray());
    }

    void row(ExportedRun r) {
        csv.row(r.id(), r.serverId(), r.serverName(), r.backupName(), r.backupId(), r.status(), r.beginTime(),
                r.endTime(), r.durationSeconds(), r.examinedFiles(), r.sizeOfExaminedFiles(), r.addedFiles(),
                r.modifiedFiles(), r.deletedFiles(), r.uploadedSize(), r.knownFileSize(), r.backupListCount(),
                r.warnings(), r.errors(), r.messages(), r.source(), r.receivedAt());
    }
}
