package io.dupliwatch.collect;

import java.time.Instant;

/**
 * Two servers that look like one Duplicati machine under two identities (a reinstall changes the
 * {@code machine-id}). The suggested direction merges the identity with the older newest run into the one
 * that reported last, the id current reports carry.
 *
 * @param reason {@code same-name}: the names (or the name Duplicati's API reports) match;
 *               {@code machine-id}: the Duplicati behind the source's connection now reports the target's id
 */
public record MergeCandidate(String sourceId,
                             String sourceName,
                             Instant sourceNewestRun,
                             String targetId,
                             String targetName,
                             Instant targetNewestRun,
                             String reason) {
}
