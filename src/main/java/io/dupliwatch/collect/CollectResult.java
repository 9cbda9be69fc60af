package io.dupliwatch.collect;

import java.time.Instant;
import java.util.List;

/**
 * What one collection did.
 *
 * @param serverId         the Dupliwatch server the runs were stored under
 * @param duplicatiUrl     scheme, host and port that answered
 * @param machineId        Duplicati's {@code machine-id} as its API reports it; differing from {@code serverId}
 *                         hints at a reinstall (see {@code GET /api/servers/merge-candidates})
 * @param imported         backup runs stored
 * @param skipped          backup runs already stored (pushed or collected before)
 * @param failed           stored logs that could not be read as a run, plus jobs whose log could not be fetched
 * @param schedulesApplied jobs whose Duplicati schedule now drives monitoring
 * @param errors           one line per failure, for the user
 */
public record CollectResult(String serverId,
                            String serverName,
                            String duplicatiUrl,
                            String machineId,
                            int jobs,
                            int imported,
                            int skipped,
                            int failed,
                            int schedulesApplied,
                            List<String> errors,
                            Instant startedAt,
                            Instant finishedAt) {

    public CollectResult {
        errors = List.copyOf(errors);
    }
}
