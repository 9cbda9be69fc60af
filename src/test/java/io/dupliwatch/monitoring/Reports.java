package io.dupliwatch.monitoring;

import java.time.Instant;
import java.util.Map;

import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Duplicati reports built from the shared samples, re-addressed to one job and moved in time. */
final class Reports {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SAMPLE_BY_STATUS = Map.of(
            "Success", "duplicati/backup-success.json",
            "Warning", "duplicati/backup-warning.json",
            "Error", "duplicati/backup-error.json",
            "Fatal", "duplicati/backup-fatal.json");

    static final String MACHINE_ID = "5e1f0c2a9b3d4e6f8a7b1c2d3e4f5a6b";
    static final String MACHINE_NAME = "fileserver";

    private Reports() {
    }

    /** A report of {@code status} for backup {@code backupName} on the test machine, begun at {@code begin}. */
    static String backup(String backupName, String status, Instant begin) {
        ObjectNode report = (ObjectNode) JSON.readTree(Samples.text(SAMPLE_BY_STATUS.get(status)));
        ((ObjectNode) report.get("Data")).put("BeginTime", begin.toString());
        ObjectNode extra = (ObjectNode) report.get("Extra");
        extra.put("machine-id", MACHINE_ID);
        extra.put("machine-name", MACHINE_NAME);
        extra.put("backup-name", backupName);
        extra.put("backup-id", "DB-" + Math.abs(backupName.hashCode() % 100));
        return JSON.writeValueAsString(report);
    }
}
