package io.dupliwatch.integrations.status;

import io.dupliwatch.errors.NotFoundException;

/** The server exists but has no job of that name. */
class JobNotFoundException extends NotFoundException {

    JobNotFoundException(String serverName, String job) {
        super("Job not found", "No job named '" + job + "' on server " + serverName);
    }
}
