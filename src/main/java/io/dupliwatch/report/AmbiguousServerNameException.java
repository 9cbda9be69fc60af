package io.dupliwatch.report;

import java.util.List;

/** A name matches several servers: the caller must use a server id. */
public class AmbiguousServerNameException extends RuntimeException {

    private final List<Server> servers;

    public AmbiguousServerNameException(String name, List<Server> servers) {
        super("Multiple servers are named '" + name + "': use one of the ids "
                + String.join(", ", servers.stream().map(Server::id).toList()));
        this.servers = List.copyOf(servers);
    }

    public List<Server> servers() {
        return servers;
    }
}
