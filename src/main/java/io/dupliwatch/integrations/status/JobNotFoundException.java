package io.dupliwatch.integrations.status;

/** The server exists but has no job of that name. */
class JobNotFoundException extends RuntimeException {

    JobNotFoundException(String serverName, String job) {
        super("No job named '" + job + "' on server " + serverName);
    }
}
