package io.dupliwatch.importer;

/**
 * What {@code import-duplistatus} did.
 *
 * @param runsImported       runs stored now
 * @param runsAlreadyPresent runs skipped because Dupliwatch already had them (an earlier import, or pushed)
 * @param runsUnreadable     rows without a usable begin time
 * @param jobSettings        jobs whose monitoring settings were taken over
 */
public record ImportSummary(String schemaVersion,
                           int servers,
                           long runsImported,
                           long runsAlreadyPresent,
                           long runsUnreadable,
                           int jobSettings) {

    @Override
    public String toString() {
        return "duplistatus schema %s: %d servers, %d runs imported, %d already present, %d unreadable, %d job settings"
                .formatted(schemaVersion, servers, runsImported, runsAlreadyPresent, runsUnreadable, jobSettings);
    }
}
