package io.dupliwatch.collect;

import io.dupliwatch.errors.NotFoundException;

/** The server has no Duplicati connection configured (or the server does not exist). */
public class ConnectionNotFoundException extends NotFoundException {

    private ConnectionNotFoundException(String message, String code, Object serverId) {
        super(message, message, code, String.valueOf(serverId));
    }

    static ConnectionNotFoundException noConnection(Object serverId) {
        return new ConnectionNotFoundException("Server " + serverId + " has no Duplicati connection",
                "problem.connection.none", serverId);
    }

    static ConnectionNotFoundException noServer(Object serverId) {
        return new ConnectionNotFoundException("No server " + serverId, "problem.connection.noServer", serverId);
    }

    /** For a change to a server Dupliwatch has not heard from: says how to add one. */
    static ConnectionNotFoundException noServerToChange(Object serverId) {
        return new ConnectionNotFoundException("No server " + serverId
                + "; to add a Duplicati server Dupliwatch has not heard from, POST /api/servers/connections",
                "problem.connection.noServerToChange", serverId);
    }
}
