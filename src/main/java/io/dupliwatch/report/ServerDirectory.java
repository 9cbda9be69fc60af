package io.dupliwatch.report;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The zone the server's schedules are read in, as the user chose it ({@code null} returns to the global zone);
     * collections no longer replace it.
     *
     * @return false when there is no such server
     */
    public boolean chooseTimeZone(String id, ZoneId zone) {
        return servers.saveTimeZone(id, zone == null ? null : zone.getId());
    }

    /** A zone the server's Duplicati reports, kept unless the user chose one; {@code true} when it changed. */
    public boolean adoptTimeZone(String id, ZoneId zone) {
        return servers.adoptTimeZone(id, zone.getId());
    }

    /** The server's own zone, empty when it has none (or does not exist). */
    public Optional<ZoneId> timeZone(String id) {
        return servers.findTimeZone(id).map(ZoneId::of);
    }

    /** Each server's own zone, for the servers that have one. */
    public Map<String, ZoneId> timeZones() {
        Map<String, ZoneId> zones = new HashMap<>();
        servers.findTimeZones().forEach((id, zone) -> zones.put(id, ZoneId.of(zone)));
        return zones;
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
