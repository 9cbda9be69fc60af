package io.dupliwatch.security;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/audit}: the audit log, filtered, newest first; {@code /api/audit/export} as CSV or JSON. Admin only. */
@RestController
@RequestMapping("/api/audit")
class AuditApiController {

    static final int PAGE_MAX = 1000;

    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    AuditApiController(AuditLog audit, JsonMapper json, Clock clock) {
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping
    List<AuditEntry> find(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                          @RequestParam(required = false) String outcome, @RequestParam(required = false) String from,
                          @RequestParam(required = false) String to, @RequestParam(required = false) Long beforeId,
                          @RequestParam(defaultValue = "100") int limit) {
        return audit.find(AuditQuery.parse(actor, action, outcome, from, to, beforeId, limit, PAGE_MAX));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String action,
                                  @RequestParam(required = false) String outcome,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        boolean csv = switch (format) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new InvalidInputException("format", "format must be 'csv' or 'json'");
        };
        List<AuditEntry> entries = audit.find(AuditQuery.parse(actor, action, outcome, from, to, null, AuditLog.EXPORT_MAX, AuditLog.EXPORT_MAX));
        String name = "audit-log-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + (csv ? ".csv" : ".json");
        byte[] body = csv ? AuditCsv.of(entries).getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(entries);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.APPLICATION_JSON)
                .body(body);
    }
}
