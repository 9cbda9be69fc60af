package io.dupliwatch.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Nested
    class Figures {

        private BackupRun withExaminedFiles(String raw) {
            return mapEdited(data -> data.set("ExaminedFiles", JSON.readTree(raw)));
        }

        private BackupRun mapEdited(java.util.function.Consumer<ObjectNode> edit) {
            ObjectNode data = (ObjectNode) JSON.readTree(Samples.bytes("duplicati/backup-success.json")).path("Data");
            edit.accept(data);
            return DuplicatiResultMapper.map(data, new ReportIdentity("m", "n", "b", "DB-1"), Map.of(), List.of(), null);
        }

        @Test
        void numbersNoSixtyFourBitIntegerHoldsAreRefusedNamingTheField() {
            for (String raw : List.of("9223372036854775808", "-9223372036854775809", "1e400", "-1e400", "1.5e308", "1.5",
                    "\"99999999999999999999\"")) {
                assertThatThrownBy(() -> withExaminedFiles(raw)).as(raw)
                        .isInstanceOfSatisfying(InvalidReportFieldException.class,
                                e -> assertThat(e.field()).isEqualTo("Data.ExaminedFiles"))
                        .hasMessage("Data.ExaminedFiles must be a whole number of at most 64 bits");
            }
            assertThatThrownBy(() -> mapEdited(data -> ((ObjectNode) data.get("BackendStatistics"))
                    .set("BytesUploaded", JSON.readTree("1e400"))))
                    .hasMessage("Data.BackendStatistics.BytesUploaded must be a whole number of at most 64 bits");
        }

        @Test
        void wrappedAroundLongsAreClampedToTheStoredRange() {
            assertThat(withExaminedFiles("-5").files().examinedFiles()).isZero();
            assertThat(withExaminedFiles("9223372036854775807").files().examinedFiles())
                    .isEqualTo(DuplicatiResultMapper.MAX_FIGURE).isEqualTo(9_007_199_254_740_991L);
            assertThat(withExaminedFiles("9007199254740991").files().examinedFiles()).isEqualTo(9_007_199_254_740_991L);
            assertThat(withExaminedFiles("1.2e3").files().examinedFiles()).isEqualTo(1200);
            assertThat(withExaminedFiles("\" 42 \"").files().examinedFiles()).isEqualTo(42);
        }

        @Test
        void whatIsNoNumberAtAllStaysZero() {
            for (String raw : List.of("\"NaN\"", "\"text\"", "true", "{}", "[]", "null")) {
                assertThat(withExaminedFiles(raw).files().examinedFiles()).as(raw).isZero();
            }
        }

        @Test
        void datesAndDurationsBeyondWhatDotNetHoldsAreRefused() {
            assertThatThrownBy(() -> mapEdited(data -> data.put("BeginTime", "+999999999-01-01T00:00:00Z")))
                    .isInstanceOfSatisfying(InvalidReportFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("Data.BeginTime"));
            assertThatThrownBy(() -> mapEdited(data -> data.put("Duration", "10675200.00:00:00")))
                    .isInstanceOfSatisfying(InvalidReportFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("Data.Duration"));
            assertThat(mapEdited(data -> data.put("EndTime", "+10000-01-01T00:00:00Z")).endTime()).isNull();
            assertThat(mapEdited(data -> data.put("Duration", "10675199.02:48:05.4775807")).durationSeconds())
                    .isEqualTo(922_337_203_685.4775807);
        }
    }
}
