package io.dupliwatch.collect;

/**
 * Published inside the merge transaction after every run and setting of {@code sourceId} moved to
 * {@code targetId} and the source server was deleted.
 */
public record ServersMerged(String sourceId, String targetId, int jobsMoved, int jobsMerged, int runsMoved) {
}
