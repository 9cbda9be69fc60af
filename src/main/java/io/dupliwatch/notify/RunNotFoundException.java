package io.dupliwatch.notify;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A run id that matches no stored run (404). */
class RunNotFoundException extends ResponseStatusException {

    RunNotFoundException(long runId) {
        super(HttpStatus.NOT_FOUND, "No run with id " + runId);
    }
}
