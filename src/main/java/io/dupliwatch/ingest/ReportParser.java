package io.dupliwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.ingest.RejectedReportException.Reason;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.DuplicatiResultMapper;
import io.dupliwatch.report.InvalidReportFieldException;
import io.dupliwatch.report.ReportIdentity;

import org.springframework.stereotype.Component;

/**
 * Turns the bytes Duplicati posts into a {@link BackupRun}, checking what duplistatus checks, in its order:
 * backup operation, {@code Extra} present, identity fields, then the required {@code Data} fields.
 */
@Component
class ReportParser {

    static final String ONLY_BACKUPS = "Only backup operations are supported";
    private static final List<String> EXTRA_REQUIRED = List.of("machine-id", "machine-name", "backup-name", "backup-id");
    private static final List<String> DATA_REQUIRED = List.of("ParsedResult", "BeginTime", "Duration");

    private final JsonMapper json;

    ReportParser(IngestProperties properties) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(properties.maxJsonDepth())
                .maxDocumentLength(properties.maxBodySize().toBytes())
                .build();
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()).build();
    }

    BackupRun parse(byte[] body) {
        JsonNode root = readObject(body);
        JsonNode data = root.path("Data");
        if (!"Backup".equals(data.path("MainOperation").asString(null))) {
            throw new RejectedReportException(Reason.NOT_A_BACKUP, ONLY_BACKUPS);
        }
        JsonNode extraNode = root.path("Extra");
        if (!extraNode.isObject()) {
            throw new RejectedReportException(Reason.MISSING_FIELDS, "Missing Extra section in request data");
        }
        Map<String, String> extra = strings(extraNode);
        List<String> missingExtra = EXTRA_REQUIRED.stream().filter(key -> isBlank(extra.get(key))).toList();
        if (!missingExtra.isEmpty()) {
            throw missing("Extra", missingExtra, "extraSection", extraNode);
        }
        List<String> missingData = DATA_REQUIRED.stream().filter(key -> isBlank(data.path(key).asString(null))).toList();
        if (!missingData.isEmpty()) {
            throw missing("Data", missingData, "dataSection", data);
        }
        JsonNode logLines = root.path("LogLines");
        try {
            ReportIdentity identity = new ReportIdentity(extra.get("machine-id").trim(), extra.get("machine-name").trim(),
                    extra.get("backup-name").trim(), extra.get("backup-id").trim()).requireValid();
            return DuplicatiResultMapper.map(data, identity, extra,
                    logLines.isArray() ? DuplicatiResultMapper.texts(logLines) : null, root.path("Exception").asString(null));
        }
        catch (InvalidReportFieldException e) {
            String section = e.field().startsWith("Data.") ? "Data" : "Extra";
            throw new RejectedReportException(Reason.INVALID_DATA, "Invalid " + section + " section: " + e.getMessage(),
                    Map.of("field", e.field()));
        }
    }

    private JsonNode readObject(byte[] body) {
        if (body.length == 0) {
            throw new RejectedReportException(Reason.EMPTY_BODY,
                    "Empty request body: expected the JSON report Duplicati sends");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        }
        catch (JacksonException e) {
            throw new RejectedReportException(Reason.MALFORMED_JSON, "Malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RejectedReportException(Reason.MALFORMED_JSON,
                    "The request body must be a JSON object (Duplicati's report), not " + describe(root));
        }
        return root;
    }

    static boolean looksFormEncoded(String contentType, byte[] body) {
        boolean formType = contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded");
        boolean formBody = new String(body, 0, Math.min(body.length, 8), StandardCharsets.US_ASCII).startsWith("message=");
        return formType || formBody;
    }

    private static RejectedReportException missing(String section, List<String> fields, String sectionKey, JsonNode node) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("missingFields", fields);
        details.put(sectionKey, node);
        return new RejectedReportException(Reason.MISSING_FIELDS,
                "Missing required fields in " + section + " section: " + String.join(", ", fields), details);
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode value = entry.getValue();
            values.put(entry.getKey(), value.isNull() ? null : value.isString() ? value.stringValue() : value.toString());
        }
        return values;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String describe(JsonNode root) {
        if (root == null || root.isNull() || root.isMissingNode()) {
            return "null";
        }
        return root.isArray() ? "an array" : "a " + root.getNodeType().name().toLowerCase();
    }
}
