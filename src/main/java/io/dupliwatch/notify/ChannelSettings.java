package io.dupliwatch.notify;

import java.util.Set;

/**
 * The typed configuration of one channel, a record per kind, bound from JSON and checked with Bean Validation.
 * Secret fields are stored encrypted and never returned by the API.
 */
public interface ChannelSettings {

    /** Names of the write-only fields (passwords, tokens, URLs embedding a token). */
    default Set<String> secretFields() {
        return Set.of();
    }
}
