package io.dupliwatch.web.settings;

import io.dupliwatch.errors.InvalidValueException;
import io.dupliwatch.report.ServerDirectory;
import io.dupliwatch.report.ServerNotFoundException;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A server's alias and note, as the servers settings page edits them. */
@RestController
class ServerDetailsController {

    static final int MAX_ALIAS = 100;
    static final int MAX_NOTE = 1000;

    /** @param alias shown instead of the machine name; blank for none */
    record ServerDetails(String alias, String note) {
    }

    private final ServerDirectory servers;

    ServerDetailsController(ServerDirectory servers) {
        this.servers = servers;
    }

    @PutMapping("/api/servers/{serverId}")
    ServerDetails describe(@PathVariable String serverId, @RequestBody ServerDetails details) {
        String alias = details.alias() == null ? "" : details.alias().strip();
        String note = details.note() == null ? "" : details.note().strip();
        if (alias.length() > MAX_ALIAS) {
            throw new InvalidValueException("alias", "Invalid alias: at most " + MAX_ALIAS + " characters",
                    "problem.server.aliasTooLong", String.valueOf(MAX_ALIAS));
        }
        if (note.length() > MAX_NOTE) {
            throw new InvalidValueException("note", "Invalid note: at most " + MAX_NOTE + " characters",
                    "problem.server.noteTooLong", String.valueOf(MAX_NOTE));
        }
        if (!servers.describe(serverId, alias, note)) {
            throw new ServerNotFoundException(serverId);
        }
        return new ServerDetails(alias, note);
    }
}
