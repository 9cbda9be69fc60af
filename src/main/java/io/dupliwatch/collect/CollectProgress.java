package io.dupliwatch.collect;

import java.time.Instant;
import java.util.List;

/**
 * State of the newest collection of several servers ({@code POST /api/collect} or the automatic one).
 *
 * @param trigger {@code manual} or {@code automatic}; {@code null} before the first one
 * @param done    servers finished (collected, failed or skipped)
 */
public record CollectProgress(boolean running,
                              String trigger,
                              Instant startedAt,
                              Instant finishedAt,
                              int total,
                              int done,
                              int imported,
                              int skipped,
                              int failed,
                              List<ServerProgress> servers) {

    public CollectProgress {
        servers = List.copyOf(servers);
    }

    static final CollectProgress NONE = new CollectProgress(false, null, null, null, 0, 0, 0, 0, 0, List.of());

    /**
     * @param state   {@code queued}, {@code collecting}, {@code done}, {@code failed} or {@code skipped} (being
     *                collected by someone else)
     * @param problem a {@link DuplicatiProblem} name when the server could not be collected
     */
    public record ServerProgress(String serverId, String state, int imported, int skipped, int failed,
                                 String problem, String error) {
    }
}
