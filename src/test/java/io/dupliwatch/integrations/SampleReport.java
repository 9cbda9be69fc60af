package io.dupliwatch.integrations;

import java.time.Instant;

import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A shared Duplicati sample with its identity and begin time changed, for building known data sets. */
public final class SampleReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode root;

    private SampleReport(ObjectNode root) {
        this.root = root;
    }

    /** @param sample a file name under {@code samples/duplicati} in the test resources */
    public static SampleReport of(String sample) {
        return new SampleReport((ObjectNode) JSON.readTree(Samples.text("duplicati/" + sample)));
    }

    public SampleReport server(String machineId, String machineName) {
        extra().put("machine-id", machineId);
        extra().put("machine-name", machineName);
        return this;
    }

    public SampleReport job(String backupName) {
        extra().put("backup-name", backupName);
        return this;
    }

    public SampleReport begin(Instant beginTime) {
        ((ObjectNode) root.get("Data")).put("BeginTime", beginTime.toString());
        return this;
    }

    public String json() {
        return JSON.writeValueAsString(root);
    }

    private ObjectNode extra() {
        return (ObjectNode) root.get("Extra");
    }
}
