package io.dupliwatch.api;

import io.dupliwatch.errors.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How the JSON endpoints that widgets and monitors poll answer: never cached (the headers duplistatus sends).
 */
public final class PolledAnswers {

    private PolledAnswers() {
    }

    public static <T> ResponseEntity<T> noStore(HttpStatus status, T body) {
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, Problems.NO_STORE)
                .header(HttpHeaders.PRAGMA, "no-cache").body(body);
    }
}
