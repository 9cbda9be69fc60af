package io.dupliwatch.api;

import io.dupliwatch.errors.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

    /** A 200 with JSON serialized beforehand (kept between requests), with the same headers. */
    public static ResponseEntity<byte[]> noStoreJson(byte[] json) {
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, Problems.NO_STORE)
                .header(HttpHeaders.PRAGMA, "no-cache").contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
