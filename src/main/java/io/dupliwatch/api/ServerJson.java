package io.dupliwatch.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.dupliwatch.report.Server;
import io.dupliwatch.report.StoredRun;

/** The {@code server} object of the external API; job name and id come from the server's newest run. */
record ServerJson(String id,
                  String name,
                  @JsonProperty("backup_name") String backupName,
                  @JsonProperty("backup_id") String backupId,
                  @JsonProperty("created_at") String createdAt) {

    static ServerJson of(Server server, StoredRun newest) {
        return new ServerJson(server.id(), server.name(),
                newest == null ? null : newest.run().identity().backupName(),
                newest == null ? null : newest.run().identity().backupId(),
                ApiTime.iso(server.createdAt()));
    }
}
