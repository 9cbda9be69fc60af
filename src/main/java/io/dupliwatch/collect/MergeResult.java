package io.dupliwatch.collect;

/**
 * What {@code POST /api/servers/{sourceId}/merge-into/{targetId}} did.
 *
 * @param jobsMoved  source jobs the target did not have: moved whole, ids unchanged
 * @param jobsMerged source jobs the target had too (same backup name): runs and settings moved into the target's
 * @param runsMoved  runs that changed job; the source's duplicates of target runs were dropped
 */
public record MergeResult(String sourceId, String targetId, int jobsMoved, int jobsMerged, int runsMoved) {
}
