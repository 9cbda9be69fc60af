package io.dupliwatch.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How the JSON endpoints that widgets and monitors poll answer: never cached (the headers duplistatus sends).
 */
public final class PolledAnswers {

    /** What duplistatus sends on lastbackup(s), so that proxies and widgets never show stale runs. */
    static final String NO_STORE = "no-store, no-cache, must-revalidate";

    private PolledAnswers() {
    }

    public static <T> ResponseEntity<T> noStore(HttpStatus status, T body) {
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, NO_STORE)
                .header(HttpHeaders.PRAGMA, "no-cache").body(body);
    }
}
