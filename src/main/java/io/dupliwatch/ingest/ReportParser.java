package io.dupliwatch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.ingest.RejectedReportException.Reason;
import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.DuplicatiResultMapper;
import io.dupliwatch.report.InvalidReportFieldException;
import io.dupliwatch.report.Operation;
import io.dupliwatch.report.OperationRun;
import io.dupliwatch.report.ReportIdentity;

import org.springframework.stereotype.Component;

/**
 * Turns the bytes Duplicati posts into an {@link OperationRun}: a backup or another stored {@link Operation}. Checks
 * what duplistatus checks, in its order ({@code Data}, operation, {@code Extra}, identity, the required {@code Data}
 * fields), with two additions: identity fields missing from {@code Extra} may come from the upload URL's query
 * (Duplicati 2.0.x sends none), and the ids can be derived from the names.
 */
@Component
class ReportParser {

    /** The identity keys of {@code Extra}, which the upload URL's query may also carry. */
    static final List<String> IDENTITY_KEYS = List.of("machine-id", "machine-name", "backup-name", "backup-id");
    private static final List<String> DATA_REQUIRED = List.of("ParsedResult", "BeginTime", "Duration");
    static final String INVALID_DATA =
            "Missing or invalid Data section in request data: expected the result object Duplicati sends";
    static final String NO_MACHINE_NAME = "Missing machine-name: Duplicati 2.0.x does not send it, add"
            + " ?machine-name=NAME to --send-http-url (e.g. http://host:9666/api/upload?machine-name=nas01)";

    private final JsonMapper json;

    ReportParser(IngestProperties properties) {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(properties.maxJsonDepth())
                .maxDocumentLength(properties.maxBodySize().toBytes())
                .build();
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits).build()).build();
    }

    /**
     * @param urlIdentity the identity keys given in the upload URL's query ({@link #IDENTITY_KEYS}); the report's
     *                    own values win
     * @return the run, or empty for an operation Dupliwatch does not store ({@code List}, {@code Find}...)
     */
    Optional<OperationRun> parse(byte[] body, Map<String, String> urlIdentity) {
        JsonNode root = readObject(body);
        JsonNode data = root.path("Data");
        if (!data.isObject()) {
            throw new RejectedReportException(Reason.MISSING_FIELDS, INVALID_DATA, Map.of("field", "Data"))
                    .localized("problem.report.invalidData");
        }
        JsonNode extraNode = root.path("Extra");
        String operationName = data.path("MainOperation").asString(extraNode.path("OperationName").asString(null));
        Optional<Operation> operation = Operation.of(operationName);
        if (operation.isEmpty()) {
            return Optional.empty();
        }
        if (!extraNode.isObject()) {
            throw new RejectedReportException(Reason.MISSING_FIELDS, "Missing Extra section in request data")
                    .localized("problem.report.noExtra");
        }
        Map<String, String> extra = strings(extraNode);
        ReportIdentity identity = identity(extra, urlIdentity, extraNode);
        List<String> missingData = DATA_REQUIRED.stream().filter(key -> isBlank(data.path(key).asString(null))).toList();
        if (!missingData.isEmpty()) {
            throw missing("Data", missingData, "dataSection", data);
        }
        JsonNode logLines = root.path("LogLines");
        try {
            BackupRun run = DuplicatiResultMapper.map(data, identity.requireValid(), extra,
                    logLines.isArray() ? DuplicatiResultMapper.texts(logLines) : null, root.path("Exception").asString(null));
            return Optional.of(new OperationRun(operation.get(), run,
                    operation.get() == Operation.BACKUP ? Map.of() : DuplicatiResultMapper.figures(data)));
        }
        catch (InvalidReportFieldException e) {
            String section = e.field().startsWith("Data.") ? "Data" : "Extra";
            throw new RejectedReportException(Reason.INVALID_DATA, "Invalid " + section + " section: " + e.getMessage(),
                    Map.of("field", e.field()));
        }
    }

    /**
     * Each identity key from {@code Extra}, else the URL; then a missing machine-id is derived from the machine name,
     * a missing backup-id from the backup name, and a missing backup name is the {@code OperationName} the report
     * carries. What is still missing is refused, the machine name first since only the URL can give it.
     */
    private static ReportIdentity identity(Map<String, String> extra, Map<String, String> url, JsonNode extraNode) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String key : IDENTITY_KEYS) {
            String value = !isBlank(extra.get(key)) ? extra.get(key) : url.get(key);
            given.put(key, isBlank(value) ? null : value.strip());
        }
        String backupName = given.get("backup-name") != null ? given.get("backup-name")
                : isBlank(extra.get("OperationName")) ? null : extra.get("OperationName").strip();
        List<String> missing = new ArrayList<>();
        if (given.get("machine-name") == null) {
            missing.add("machine-name");
        }
        if (backupName == null) {
            missing.add("backup-name");
        }
        if (!missing.isEmpty()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("missingFields", missing);
            details.put("extraSection", extraNode);
            throw missing.contains("machine-name")
                    ? new RejectedReportException(Reason.MISSING_FIELDS, NO_MACHINE_NAME, details)
                            .localized("problem.report.noMachineName")
                    : new RejectedReportException(Reason.MISSING_FIELDS, "Missing required fields in Extra section:"
                            + " backup-name (or ?backup-name=NAME in --send-http-url)", details)
                            .localized("problem.report.noBackupName");
        }
        String machineName = given.get("machine-name");
        return new ReportIdentity(
                given.get("machine-id") != null ? given.get("machine-id") : ReportIdentity.derivedId(machineName),
                machineName, backupName,
                given.get("backup-id") != null ? given.get("backup-id") : ReportIdentity.derivedId(backupName));
    }

    private JsonNode readObject(byte[] body) {
        if (body.length == 0) {
            throw new RejectedReportException(Reason.EMPTY_BODY,
                    "Empty request body: expected the JSON report Duplicati sends").localized("problem.report.emptyBody");
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
                "Missing required fields in " + section + " section: " + String.join(", ", fields), details)
                .localized("problem.report.missingFields", section, String.join(", ", fields));
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
