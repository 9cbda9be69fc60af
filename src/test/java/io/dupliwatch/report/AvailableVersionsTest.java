package io.dupliwatch.report;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvailableVersionsTest {

    private static String consider(String offset, String dates) {
        return "2026-08-10 02:03:41 " + offset
                + " - [Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy-BackupList]: Backups to consider: "
                + dates;
    }

    private static String deleting(String dates) {
        return "2026-08-10 02:03:41 +02 - [Information-Duplicati.Library.Main.Operation.DeleteHandler:RetentionPolicy-AllBackupsToDelete]: All backups to delete: "
                + dates;
    }

    @Nested
    class DayOrMonthFirst {

        @Test
        void dayFirstDatesAreReadInTheMachinesOffsetNewestFirst() {
            List<Instant> versions = AvailableVersions.fromLog(
                    List.of(consider("+02", "09/08/2026 02:00:00, 08/08/2026 02:00:00, 07/08/2026 02:00:00")),
                    Instant.parse("2026-08-10T00:00:00.416Z"), 11);

            assertThat(versions).containsExactly(Instant.parse("2026-08-09T00:00:00Z"),
                    Instant.parse("2026-08-08T00:00:00Z"), Instant.parse("2026-08-07T00:00:00Z"));
        }

        @Test
        void monthFirstUsDatesWithAmPmAreRecognised() {
            List<Instant> versions = AvailableVersions.fromLog(
                    List.of(consider("-05", "8/9/2026 2:00:00 PM, 8/8/2026 2:00:00 AM, 7/31/2026 11:30:00 PM")),
                    Instant.parse("2026-08-10T07:00:00Z"), 4);

            assertThat(versions).containsExactly(Instant.parse("2026-08-09T19:00:00Z"),
                    Instant.parse("2026-08-08T07:00:00Z"), Instant.parse("2026-08-01T04:30:00Z"));
        }

        @Test
        void aReadingThatPutsVersionsAfterTheRunIsRejected() {
            // 04/03/2025 as 3 April would be after the run of 4 March: only the day-first reading remains.
            List<Instant> versions = AvailableVersions.fromLog(
                    List.of(consider("+00", "04/03/2025 02:00:00, 03/03/2025 02:00:00")),
                    Instant.parse("2025-03-04T02:10:00Z"), 5);

            assertThat(versions).containsExactly(Instant.parse("2025-03-04T02:00:00Z"),
                    Instant.parse("2025-03-03T02:00:00Z"));
        }

        @Test
        void bothReadingsConsistentButDifferentGivesNothing() {
            // 02/01 and 01/01: Feb 1 > Jan 2 or Jan 2 > Jan 1 — both newest-first, both before the run.
            List<Instant> versions = AvailableVersions.fromLog(
                    List.of(consider("+00", "02/01/2025 02:00:00, 01/01/2025 02:00:00")),
                    Instant.parse("2025-03-01T00:00:00Z"), 3);

            assertThat(versions).isEmpty();
        }

        @Test
        void noConsistentReadingGivesNothing() {
            List<Instant> versions = AvailableVersions.fromLog(
                    List.of(consider("+00", "04/03/2025 02:00:00")), Instant.parse("2025-03-01T02:00:00Z"), 3);

            assertThat(versions).isEmpty();
        }
    }

    @Test
    void deletedVersionsAreRemoved() {
        List<Instant> versions = AvailableVersions.fromLog(List.of(
                        consider("+02", "11/08/2026 03:30:00, 10/08/2026 03:30:00, 08/07/2026 03:30:00"),
                        deleting("08/07/2026 03:30:00")),
                Instant.parse("2026-08-12T01:30:00Z"), 11);

        assertThat(versions).containsExactly(Instant.parse("2026-08-11T01:30:00Z"), Instant.parse("2026-08-10T01:30:00Z"));
    }

    @Test
    void moreVersionsThanTheBackupListCountIsInconsistent() {
        List<Instant> versions = AvailableVersions.fromLog(
                List.of(consider("+00", "03/03/2025 02:00:00, 02/03/2025 02:00:00, 01/03/2025 02:00:00")),
                Instant.parse("2025-03-04T02:00:00Z"), 2);

        assertThat(versions).isEmpty();
    }

    @Test
    void aLogWithoutRetentionLinesHasNoVersions() {
        assertThat(AvailableVersions.fromLog(List.of("2026-08-10 02:00:00 +02 - [Information-x]: started"),
                Instant.parse("2026-08-10T00:00:00Z"), 3)).isEmpty();
    }
}
