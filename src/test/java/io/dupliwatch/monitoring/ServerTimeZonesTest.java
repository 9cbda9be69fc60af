package io.dupliwatch.monitoring;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerTimeZonesTest {

    private static final ZoneId UTC = ZoneId.of("UTC");

    private static String line(String stamp) {
        return stamp + " - [Information-Duplicati.Library.Main.Controller-StartingOperation]: The operation Backup has started";
    }

    @Test
    void onlyIanaRegionIdsAreAccepted() {
        assertThat(ServerTimeZones.parse(" Europe/Berlin ")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(ServerTimeZones.parse("UTC")).contains(UTC);
        assertThat(ServerTimeZones.parse("+02:00")).isEmpty();
        assertThat(ServerTimeZones.parse("W. Europe Standard Time")).isEmpty();
        assertThat(ServerTimeZones.parse(null)).isEmpty();
        assertThat(ServerTimeZones.require("timeZone", "")).isNull();
        assertThatThrownBy(() -> ServerTimeZones.require("timeZone", "Mars/Base"))
                .isInstanceOfSatisfying(InvalidScheduleException.class, e -> assertThat(e.field()).isEqualTo("timeZone"));
        assertThat(ServerTimeZones.ids()).contains("America/New_York", "Europe/Berlin", "UTC")
                .doesNotContain("SystemV/EST5", "Etc/GMT+1");
    }

    @Test
    void offsetsOnBothSidesOfAChangeNameTheZoneWithBoth() {
        List<String> lines = List.of(line("2026-10-24 02:00:00 +02"), line("2026-10-26 02:00:00 +01"));

        assertThat(ServerTimeZones.fromLogLines(lines, UTC)).contains(ZoneId.of("Europe/Berlin"));
        assertThat(ServerTimeZones.fromLogLines(lines, ZoneId.of("Europe/Paris"))).contains(ZoneId.of("Europe/Paris"));
        assertThat(ServerTimeZones.fromLogLines(List.of(line("2026-10-30 23:30:00 -04"), line("2026-11-02 23:30:00 -05")), UTC))
                .contains(ZoneId.of("America/New_York"));
    }

    @Test
    void aZoneWhoseOffsetsDoNotMatchIsNotNamedEvenAsTheHint() {
        Optional<ZoneId> winterOnly = ServerTimeZones.fromLogLines(List.of(line("2026-01-10 02:00:00 +02")),
                ZoneId.of("Europe/Berlin"));

        assertThat(winterOnly).contains(ZoneId.of("Europe/Helsinki"));
    }

    @Test
    void wholeHourOffsetsMatchHalfHourZonesAndFullOffsetsAreExact() {
        assertThat(ServerTimeZones.fromLogLines(List.of(line("2026-08-12 03:32:00 +05")), UTC))
                .contains(ZoneId.of("Asia/Karachi"));
        assertThat(ServerTimeZones.fromLogLines(List.of(line("2026-08-12 03:32:00 +05:30")), UTC))
                .contains(ZoneId.of("Asia/Kolkata"));
    }

    @Test
    void linesWithoutAnOffsetTellNothing() {
        assertThat(ServerTimeZones.fromLogLines(List.of("... and 12 more", "", "2026-08-12 03:32:00 - [x]"), UTC)).isEmpty();
        assertThat(ServerTimeZones.fromLogLines(List.of(line("2026-08-12 03:32:00 +19")), UTC)).isEmpty();
    }
}
