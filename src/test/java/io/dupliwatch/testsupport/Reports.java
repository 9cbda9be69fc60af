package io.dupliwatch.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.dupliwatch.report.BackupRun;
import io.dupliwatch.report.DuplicatiResultMapper;
import io.dupliwatch.report.ReportIdentity;

/**
 * Duplicati backup reports made from the shared samples (one per status, so logs, warnings and errors stay
 * real), with the server, job, time and figures a test needs.
 */
public final class Reports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode root;

    private Reports(ObjectNode root) {
        this.root = root;
    }

    /** @param status Success, Warning, Error or Fatal: the sample {@code duplicati/backup-<status>.json} */
    public static Reports backup(String status) {
        String sample = "duplicati/backup-" + status.toLowerCase(Locale.ROOT) + ".json";
        return new Reports((ObjectNode) JSON.readTree(Samples.text(sample)));
    }

    public Reports server(String machineId, String machineName) {
        extra().put("machine-id", machineId);
        extra().put("machine-name", machineName);
        return this;
    }

    public Reports job(String backupName) {
        extra().put("backup-name", backupName);
        return this;
    }

    public Reports started(Instant begin, Duration duration) {
        Instant start = begin.truncatedTo(ChronoUnit.SECONDS);
        data().put("BeginTime", start.toString());
        data().put("EndTime", start.plus(duration).toString());
        data().put("Duration", String.format(Locale.ROOT, "%02d:%02d:%02d.0000000", duration.toHours(),
                duration.toMinutesPart(), duration.toSecondsPart()));
        return this;
    }

    /** @param versions BackupListCount at the destination */
    public Reports figures(long files, long sourceBytes, long uploadedBytes, long storageBytes, long versions) {
        data().put("ExaminedFiles", files);
        data().put("SizeOfExaminedFiles", sourceBytes);
        ObjectNode backend = (ObjectNode) data().get("BackendStatistics");
        backend.put("BytesUploaded", uploadedBytes);
        backend.put("KnownFileSize", storageBytes);
        backend.put("BackupListCount", versions);
        return this;
    }

    /** Any {@code ParsedResult}, also one Duplicati never sends. */
    public Reports parsedResult(String parsedResult) {
        data().put("ParsedResult", parsedResult);
        return this;
    }

    public String json() {
        return JSON.writeValueAsString(root);
    }

    /**
     * The report as the run ingest would store, for {@code RunRecorder}: a way to store what upload validation
     * refuses today (a server id from before it) without going through it.
     */
    public BackupRun run() {
        ReportIdentity identity = new ReportIdentity(extra().path("machine-id").asString(),
                extra().path("machine-name").asString(), extra().path("backup-name").asString(),
                extra().path("backup-id").asString());
        return DuplicatiResultMapper.map(data(), identity, Map.of(), null, null);
    }

    private ObjectNode extra() {
        return (ObjectNode) root.get("Extra");
    }

    private ObjectNode data() {
        return (ObjectNode) root.get("Data");
    }
}
