package io.dupliwatch.api;

import java.util.List;
import java.util.function.Function;

import io.dupliwatch.config.VersionedCache;
import io.dupliwatch.report.RunQueries;
import io.dupliwatch.report.Server;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerNotFoundException;
import io.dupliwatch.report.ServerVersion;
import io.dupliwatch.report.StoredRun;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The answers of {@code /api/lastbackup/:id} and {@code /api/lastbackups/:id}, serialized once per server
 * {@link ServerVersion}: widgets poll them far more often than backups run, so a read is one indexed query for the
 * version and a copy of the kept bytes. The version comes from the database, so an instance sees the writes of
 * every other instance that shares it.
 */
@Component
class ServerAnswers {

    private enum Kind { LAST_BACKUP, LAST_BACKUPS }

    private record Key(String serverId, Kind kind) {
    }

    private final ServerDirectory servers;
    private final RunQueries runs;
    private final JsonMapper json;
    private final VersionedCache<Key, ServerVersion, byte[]> answers = new VersionedCache<>(20_000);

    ServerAnswers(ServerDirectory servers, RunQueries runs, JsonMapper json) {
        this.servers = servers;
        this.runs = runs;
        this.json = json;
    }

    /** The JSON of {@link LastBackupResponse} for a server id, name or former name. */
    byte[] lastBackup(String identifier) {
        return answer(identifier, Kind.LAST_BACKUP, server -> {
            StoredRun newest = runs.newestRunOfServer(server.id()).orElse(null);
            return new LastBackupResponse(ServerJson.of(server, newest), newest == null ? null : BackupJson.of(newest), 200);
        });
    }

    /** The JSON of {@link LastBackupsResponse} for a server id, name or former name. */
    byte[] lastBackups(String identifier) {
        return answer(identifier, Kind.LAST_BACKUPS, server -> {
            List<StoredRun> newestPerJob = runs.newestRunOfEachJob(server.id());
            List<BackupJson> backups = newestPerJob.stream().map(BackupJson::of).toList();
            return new LastBackupsResponse(ServerJson.of(server, newestPerJob.isEmpty() ? null : newestPerJob.get(0)),
                    backups, backups.size(), backups.stream().map(BackupJson::name).toList(), 200);
        });
    }

    private byte[] answer(String identifier, Kind kind, Function<Server, Object> build) {
        // An id is the common case and costs one query; names go through the directory's rules.
        ServerVersion version = servers.version(identifier)
                .or(() -> servers.version(servers.resolve(identifier).id()))
                .orElseThrow(() -> new ServerNotFoundException(identifier));
        Key key = new Key(version.serverId(), kind);
        byte[] kept = answers.get(key, version);
        if (kept != null) {
            return kept;
        }
        // Read after the version: a write in between is in the answer and makes the next version differ.
        Server server = servers.find(version.serverId()).orElseThrow(() -> new ServerNotFoundException(identifier));
        byte[] answer = json.writeValueAsBytes(build.apply(server));
        answers.put(key, version, answer);
        return answer;
    }
}
