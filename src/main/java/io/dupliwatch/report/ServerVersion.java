package io.dupliwatch.report;

import java.util.List;

/**
 * What the answers of the external API about a server are made of, as stored: its name and creation time and the
 * newest run of each of its jobs. Runs are never changed once stored (a merge moves them to another job, which
 * changes the newest runs of both servers), so the same version means the same answers, on every instance that
 * shares the database.
 */
public record ServerVersion(String serverId, String name, long createdAt, List<Long> newestRunIds) {

    public ServerVersion {
        newestRunIds = List.copyOf(newestRunIds);
    }
}
