package io.dupliwatch.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Fed the real Duplicati report samples. */
class DuplicatiResultMapperTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static BackupRun map(String sample) {
        JsonNode root = JSON.readTree(Samples.bytes("duplicati/" + sample));
        return DuplicatiResultMapper.map(root.path("Data"), new ReportIdentity("m", "n", "b", "DB-1"), Map.of(),
                DuplicatiResultMapper.texts(root.path("LogLines")), root.path("Exception").asString(null));
    }

    @Test
    void successfulBackupKeepsEveryFigure() {
        BackupRun run = map("backup-success.json");

        assertThat(run.status()).isEqualTo("Success");
        assertThat(run.beginTime()).isEqualTo(Instant.parse("2026-08-10T00:00:00.416Z"));
        assertThat(run.files().examinedFiles()).isEqualTo(48213);
        assertThat(run.files().sizeOfExaminedFiles()).isEqualTo(118530226177L);
        assertThat(run.backend().bytesUploaded()).isEqualTo(54326403);
        assertThat(run.backend().knownFileSize()).isEqualTo(61204338877L);
        assertThat(run.backend().backupListCount()).isEqualTo(11);
        assertThat(run.backend().lastBackupDate()).isEqualTo(Instant.parse("2026-08-10T00:00:00Z"));
        assertThat(run.durationSeconds()).isEqualTo(277.2084617);
        assertThat(run.log().messages()).hasSize(25);
        assertThat(run.log().warnings()).isEmpty();
        assertThat(run.availableBackups()).hasSize(10).first().isEqualTo(Instant.parse("2026-08-09T00:00:00Z"));
    }

    @Test
    void warningsAreDerivedFromLogLinesWhenDataHasNoArray() {
        BackupRun run = map("backup-warning.json");

        assertThat(run.status()).isEqualTo("Warning");
        assertThat(run.log().warnings()).hasSize((int) run.warningsCount())
                .allSatisfy(line -> assertThat(line).contains("[Warning-"));
    }

    @Test
    void fatalRunCarriesTheExceptionAmongItsErrors() {
        BackupRun run = map("backup-fatal.json");

        assertThat(run.status()).isEqualTo("Fatal");
        assertThat(run.log().errors()).anySatisfy(error -> assertThat(error)
                .startsWith("Duplicati.Library.Interface.RemoteListVerificationException"));
        assertThat(run.log().errors()).anySatisfy(error -> assertThat(error).contains("[Error-"));
    }

    @Test
    void successWithWarningsBecomesWarning() {
        JsonNode root = JSON.readTree(Samples.bytes("duplicati/backup-success.json"));
        ((tools.jackson.databind.node.ObjectNode) root.path("Data")).put("WarningsActualLength", 2);

        BackupRun run = DuplicatiResultMapper.map(root.path("Data"), new ReportIdentity("m", "n", "b", "DB-1"),
                Map.of(), List.of(), null);

        assertThat(run.parsedResult()).isEqualTo("Success");
        assertThat(run.status()).isEqualTo("Warning");
    }

    @Test
    void hugeLogsAreStoredTruncatedWithAMarker() {
        JsonNode root = JSON.readTree(Samples.bytes("duplicati/backup-success.json"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            lines.add("2026-08-10 02:00:00 +02 - [Information-Duplicati.Library.Main.BasicResults-BackendEvent]: line " + i);
        }

        BackupRun run = DuplicatiResultMapper.map(root.path("Data"), new ReportIdentity("m", "n", "b", "DB-1"),
                Map.of(), lines, null);

        assertThat(run.log().messages()).hasSize(DuplicatiResultMapper.MAX_STORED_LOG_LINES + 1);
        assertThat(run.log().messages().get(DuplicatiResultMapper.MAX_STORED_LOG_LINES))
                .isEqualTo("... 40000 more lines not stored by Dupliwatch");
    }
}
