package io.dupliwatch.report;

/** No server answers to the identifier (id, current name or previous name). */
public class ServerNotFoundException extends RuntimeException {

    private final String identifier;

    public ServerNotFoundException(String identifier) {
        super("No server found with identifier: " + identifier);
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }
}
