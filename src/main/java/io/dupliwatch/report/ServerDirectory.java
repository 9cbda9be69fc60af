package io.dupliwatch.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/** Finds servers the way duplistatus clients address them: by id, then current name, then a former name. */
@Service
public class ServerDirectory {

    private final ServerRepository servers;

    ServerDirectory(ServerRepository servers) {
        this.servers = servers;
    }

    /**
     * @throws ServerNotFoundException      when nothing matches
     * @throws AmbiguousServerNameException when the name belongs to several servers
     */
    public Server resolve(String identifier) {
        return servers.findById(identifier)
                .orElseGet(() -> single(identifier, servers.findByName(identifier), servers.findByPreviousName(identifier)));
    }

    public List<Server> all() {
        return servers.findAll();
    }

    /** The server with exactly this id (machine-id), no name matching. */
    public Optional<Server> find(String id) {
        return servers.findById(id);
    }

    /** Sets alias and note where they are still empty, so that nothing typed in Dupliwatch is overwritten. */
    /**
     * Sets the name shown instead of the machine name ({@code alias}, blank for none) and the note.
     *
     * @return false when there is no such server
     */
    public boolean describe(String id, String alias, String note) {
        return servers.describe(id, alias.strip(), note.strip());
    }

    /** Ids of the archived servers. */
    public Set<String> archivedIds() {
        return servers.findArchivedIds();
    }

    public void adoptAliasAndNote(String id, String alias, String note) {
        servers.adoptAliasAndNote(id, alias, note);
    }

    private static Server single(String name, List<Server> byName, List<Server> byPreviousName) {
        List<Server> matches = byName.isEmpty() ? byPreviousName : byName;
        if (matches.isEmpty()) {
            throw new ServerNotFoundException(name);
        }
        if (matches.size() > 1) {
            throw new AmbiguousServerNameException(name, matches);
        }
        return matches.get(0);
    }
}
