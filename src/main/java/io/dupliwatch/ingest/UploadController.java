package io.dupliwatch.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.config.LogEscape;
import io.dupliwatch.security.QueryString;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/upload}: where Duplicati's {@code --send-http-url} points. Any content type is read as JSON.
 * Counts every report received and every rejection by reason ({@code dupliwatch_reports_*_total} on /metrics).
 */
@RestController
@Tag(name = "Ingest")
class UploadController {

    private static final Logger log = LoggerFactory.getLogger(UploadController.class);

    private final ReportIngestor ingestor;
    private final IngestProperties properties;
    private final Counter received;
    private final Map<RejectedReportException.Reason, Counter> rejected = new EnumMap<>(RejectedReportException.Reason.class);

    UploadController(ReportIngestor ingestor, IngestProperties properties, MeterRegistry meters) {
        this.ingestor = ingestor;
        this.properties = properties;
        this.received = Counter.builder("dupliwatch.reports.received")
                .description("Reports posted to /api/upload, stored or not").register(meters);
        // Every reason is registered up front so that rate() and alerts see a 0, not a missing series.
        for (RejectedReportException.Reason reason : RejectedReportException.Reason.values()) {
            rejected.put(reason, Counter.builder("dupliwatch.reports.rejected").tag("reason", reason.tag())
                    .description("Reports refused by /api/upload, by reason").register(meters));
        }
    }

    @PostMapping("/api/upload")
    @Operation(operationId = "upload", summary = "Store a Duplicati report (backup, restore, verification...)",
            description = "Where --send-http-url points (with --send-http-result-output-format=Json). Backups and the "
                    + "operations that change or check a backup are stored, others answered 200 and not stored. "
                    + "machine-id, machine-name, backup-id and backup-name missing from Extra may be query parameters "
                    + "(Duplicati 2.0.x: ?machine-name=NAME). 409 for a run "
                    + "already stored or a machine-name held by a server with an ingest secret, 400 naming the missing fields, "
                    + "415 for form-encoded reports, 413 when too large, 429 when "
                    + "the sender's address added too many new servers within the hour.",
            requestBody = @RequestBody(required = true,
                    description = "The JSON report Duplicati sends (Data, Extra, LogLines...)",
                    content = @Content(mediaType = "application/json")))
    Map<String, Object> upload(HttpServletRequest request) throws IOException {
        received.increment();
        try {
            ingestor.ingest(readBody(request), request.getContentType(), request.getRemoteAddr(), urlIdentity(request));
        }
        catch (RejectedReportException e) {
            rejected.get(e.reason()).increment();
            if (e.reason() != RejectedReportException.Reason.DUPLICATE) {
                log.info("Upload rejected ({}): {}", e.reason().tag(), LogEscape.of(e.getMessage()));
            }
            throw e;
        }
        return Map.of("success", true);
    }

    /** The identity keys of the upload URL's query ({@code ?machine-name=nas01}), for reports that lack them. */
    private static Map<String, String> urlIdentity(HttpServletRequest request) {
        Map<String, String> identity = new HashMap<>();
        for (String key : ReportParser.IDENTITY_KEYS) {
            String value = QueryString.first(request, key);
            if (value != null) {
                identity.put(key, value);
            }
        }
        return identity;
    }

    /** Reads at most the configured size, so a huge body costs no more than the limit. */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        long limit = properties.maxBodySize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    private static RejectedReportException tooLarge(long limit) {
        return new RejectedReportException(RejectedReportException.Reason.TOO_LARGE,
                "Report larger than " + limit + " bytes (dupliwatch.ingest.max-body-size)")
                .localized("problem.report.tooLarge", String.valueOf(limit));
    }
}
