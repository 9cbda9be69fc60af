package io.dupliwatch.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.dupliwatch.report.ReportIdentity;
import io.dupliwatch.testsupport.Samples;

import static org.assertj.core.api.Assertions.assertThat;

class IngestSecretFilterTest {

    @Test
    void findsTheMachineIdOfRealReports() {
        assertThat(IngestSecretFilter.machineId(Samples.bytes("duplicati/backup-success.json")))
                .isEqualTo("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3");
        assertThat(IngestSecretFilter.machineId(
                Samples.bytes("duplicati/real-2.1.0.5-backup-success-trimmed.wsj-br-duplistatus.json"))).isNotBlank();
    }

    @Test
    void findsItWhateverComesFirst() {
        String report = "{\"Data\":{\"Nested\":[{\"machine-id\":\"decoy\"}]},\"Extra\":{\"backup-name\":\"x\","
                + "\"list\":[1,2],\"machine-id\":\" m1 \"}}";

        assertThat(IngestSecretFilter.machineId(report.getBytes(StandardCharsets.UTF_8))).isEqualTo("m1");
    }

    @Test
    void unreadableOrIncompleteReportsHaveNone() {
        for (String report : new String[] {"", "{", "[1]", "{\"Extra\":{}}", "{\"Extra\":{\"machine-id\":42}}",
                "{\"Extra\":{\"machine-id\":\"  \"}}", "message=text"}) {
            assertThat(IngestSecretFilter.machineId(report.getBytes(StandardCharsets.UTF_8))).as(report).isNull();
        }
    }

    @Test
    void aReportWithoutMachineIdIsCheckedUnderTheIdTheUploadWillStoreIt() {
        byte[] report = Samples.bytes("duplicati/real-2.0.7.1-backup-success.wchorski-duplicati-dashboard.json");
        byte[] named = "{\"Extra\":{\"machine-name\":\"nas01\"}}".getBytes(StandardCharsets.UTF_8);

        assertThat(IngestSecretFilter.machineId(report, null, "nas01")).isEqualTo(ReportIdentity.derivedId("nas01"));
        assertThat(IngestSecretFilter.machineId(named, null, "other")).isEqualTo(ReportIdentity.derivedId("nas01"));
        assertThat(IngestSecretFilter.machineId(report, "m-url", "nas01")).isEqualTo("m-url");
        assertThat(IngestSecretFilter.machineId(Samples.bytes("duplicati/backup-success.json"), "m-url", "nas01"))
                .as("the report's own id wins").isEqualTo("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3");
    }
}
