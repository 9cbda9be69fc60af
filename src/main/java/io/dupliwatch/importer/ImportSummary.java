package io.dupliwatch.importer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What {@code import-duplistatus} did.
 *
 * @param runsImported       runs stored now
 * @param runsAlreadyPresent runs skipped because Dupliwatch already had them (an earlier import, or pushed)
 * @param runsUnreadable     rows without a usable begin time, or of a job whose identity Dupliwatch does not store
 * @param jobSettings        jobs whose monitoring settings were taken over
 * @param skipped            one line per server or job left out because of its id or name
 */
public record ImportSummary(String schemaVersion,
                           int servers,
                           long runsImported,
                           long runsAlreadyPresent,
                           long runsUnreadable,
                           int jobSettings,
                           List<String> skipped) {

    public ImportSummary {
        skipped = List.copyOf(skipped);
    }

    @Override
    public String toString() {
        return "duplistatus schema %s: %d servers, %d runs imported, %d already present, %d unreadable, %d job settings"
                .formatted(schemaVersion, servers, runsImported, runsAlreadyPresent, runsUnreadable, jobSettings)
                + skipped.stream().map(line -> "\n  " + line).collect(Collectors.joining());
    }
}
