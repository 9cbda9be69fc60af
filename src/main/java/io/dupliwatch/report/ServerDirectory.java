package io.dupliwatch.report;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

/** Finds servers the way duplistatus clients address them: by id, then current name, then a former name. */
@Service
public class ServerDirectory {

    private final ServerRepository servers;
    private final ServerProtection protection;

    ServerDirectory(ServerRepository servers, ServerProtection protection) {
        this.servers = servers;
        this.protection = protection;
    }

    /**
     * @throws ServerNotFoundException      when nothing matches
     * @throws AmbiguousServerNameException when the name belongs to several servers, none of them or several
     *                                      protected by an ingest secret (one protected server owns its name)
     */
    public Server resolve(String identifier) {
        return servers.findById(identifier)
                .orElseGet(() -> single(identifier, servers.findByName(identifier), servers.findByPreviousName(identifier)));
    }

    /**
     * The server protected by an ingest secret that is named {@code name}, unless it is {@code machineId} itself:
     * a report of {@code machineId} with that name would squat it.
     */
    public Optional<Server> protectedHolderOf(String name, String machineId) {
        return servers.findByName(name).stream()
                .filter(server -> !server.id().equals(machineId) && protection.isProtected(server.id()))
                .findFirst();
    }

    public List<Server> all() {
        return servers.findAll();
    }

    /** The server with exactly this id (machine-id), no name matching. */
    public Optional<Server> find(String id) {
        return servers.findById(id);
    }

    /** What the external API's answers about the server with exactly this id are made of; empty when there is none. */
    public Optional<ServerVersion> version(String id) {
        return servers.findVersion(id);
    }

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

    /** Sets alias and note where they are still empty, so that nothing typed in Dupliwatch is overwritten. */
    public void adoptAliasAndNote(String id, String alias, String note) {
        servers.adoptAliasAndNote(id, alias, note);
    }

    private Server single(String name, List<Server> byName, List<Server> byPreviousName) {
        List<Server> matches = byName.isEmpty() ? byPreviousName : byName;
        if (matches.isEmpty()) {
            throw new ServerNotFoundException(name);
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        List<Server> protectedOnes = matches.stream().filter(server -> protection.isProtected(server.id())).toList();
        if (protectedOnes.size() == 1) {
            return protectedOnes.get(0);
        }
        throw new AmbiguousServerNameException(name, matches);
    }
}
