package io.dupliwatch.report;

import io.dupliwatch.errors.NotFoundException;

/** No server answers to the identifier (id, current name or previous name). */
public class ServerNotFoundException extends NotFoundException {

    private final String identifier;

    public ServerNotFoundException(String identifier) {
        super("Server not found", "No server found with identifier: " + identifier, "problem.server.notFound",
                identifier);
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }
}
