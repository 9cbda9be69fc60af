package io.dupliwatch.report;

import java.util.List;
import java.util.Map;

import io.dupliwatch.errors.DomainException;

/** A name matches several servers: the caller must use a server id. */
public class AmbiguousServerNameException extends DomainException {

    private final List<Server> servers;

    public AmbiguousServerNameException(String name, List<Server> servers) {
        super(Kind.INVALID, "Multiple servers found with this name", "Multiple servers are named '" + name
                + "': use one of the ids " + String.join(", ", servers.stream().map(Server::id).toList()),
                Map.of("duplicate_servers", servers.stream().map(s -> Map.of("id", s.id(), "name", s.name())).toList()));
        this.servers = List.copyOf(servers);
        localizedAs("problem.server.ambiguousName", name, String.join(", ", servers.stream().map(Server::id).toList()));
    }

    public List<Server> servers() {
        return servers;
    }
}
