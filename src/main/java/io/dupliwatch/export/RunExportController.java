package io.dupliwatch.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.errors.InvalidValueException;
import io.dupliwatch.report.ExportedRun;
import io.dupliwatch.report.RunExport;
import io.dupliwatch.report.ServerDirectory;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/export/runs?format=csv|json&server=&job=&from=&to=}: every matching run, oldest first, as a
 * download. {@code server} is a server id or name, {@code job} a backup name; {@code from} and {@code to} are
 * dates ({@code 2026-08-01}, whole days in UTC, both included) or instants ({@code 2026-08-01T10:00:00Z}).
 * <p>
 * The export is written to a temporary file first (owner-only, deleted afterwards) and then sent with its length.
 * So the database is read in short pages while no client is waiting on the socket, a failure while reading is an
 * error response instead of a 200 with a cut body, and the response is committed (which is when Spring Session
 * saves the session) only once the database work is over.
 */
@RestController
class RunExportController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final RunExport export;
    private final ServerDirectory servers;
    private final JsonMapper json;
    private final Clock clock;

    RunExportController(RunExport export, ServerDirectory servers, JsonMapper json, Clock clock) {
        this.export = export;
        this.servers = servers;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/api/export/runs")
    void exportRuns(@RequestParam(defaultValue = "csv") String format,
                    @RequestParam(required = false) String server,
                    @RequestParam(required = false) String job,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    HttpServletResponse response) throws IOException {
        ExportFormat exportFormat = ExportFormat.parse(format);
        Instant fromInstant = bound("from", from, false);
        Instant untilInstant = bound("to", to, true);
        String serverId = blank(server) ? null : servers.resolve(server.trim()).id();
        String backupName = blank(job) ? null : job.trim();

        String file = "dupliwatch-runs-" + STAMP.format(clock.instant()) + "." + exportFormat.extension();
        Path written = Files.createTempFile("dupliwatch-export-", "." + exportFormat.extension());
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(written))) {
                write(exportFormat, out, run -> export.forEachRun(serverId, backupName, fromInstant, untilInstant, run));
            }
            response.setContentType(exportFormat.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentLengthLong(Files.size(written));
            Files.copy(written, response.getOutputStream());
        }
        finally {
            Files.deleteIfExists(written);
        }
    }

    private void write(ExportFormat format, OutputStream out, Consumer<Consumer<ExportedRun>> runs) throws IOException {
        if (format == ExportFormat.CSV) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            RunCsv csv = new RunCsv(writer);
            csv.header();
            runs.accept(csv::row);
            writer.flush();
        }
        else {
            try (JsonGenerator generator = json.createGenerator(out)) {
                generator.writeStartArray();
                runs.accept(generator::writePOJO);
                generator.writeEndArray();
            }
        }
    }

    /** A date means the whole day: {@code from} its start, {@code to} the start of the next day. */
    private static Instant bound(String field, String value, boolean upper) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (upper ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            Instant instant = Instant.parse(text);
            return upper ? instant.plusMillis(1) : instant;
        }
        catch (DateTimeException e) {
            throw new InvalidValueException(field,
                    "Invalid " + field + ": '" + value + "' (expected 2026-08-01 or 2026-08-01T10:00:00Z)",
                    "problem.export.date", field, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private enum ExportFormat {
        CSV("text/csv;charset=UTF-8", "csv"),
        JSON("application/json", "json");

        private final String contentType;
        private final String extension;

        ExportFormat(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        String contentType() {
            return contentType;
        }

        String extension() {
            return extension;
        }

        static ExportFormat parse(String format) {
            try {
                return valueOf(format.trim().toUpperCase(Locale.ROOT));
            }
            catch (IllegalArgumentException e) {
                throw new InvalidValueException("format", "Invalid format: '" + format + "' (expected csv or json)",
                        "problem.export.format", format);
            }
        }
    }
}
