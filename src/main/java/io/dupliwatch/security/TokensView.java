package io.dupliwatch.security;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The API access page: tokens and per-server ingest secrets; {@code secret} is a value shown once. */
public record TokensView(String contextPath, List<ApiToken> tokens, List<SecretRow> ingestSecrets, String notice,
                         String error, String secretLabel, String secret) {

    /** A server with an ingest secret (not the secret). */
    public record SecretRow(String serverId, Instant createdAt, String createdBy) {
    }

    public String scopesOf(ApiToken token) {
        return token.scopes().stream().sorted().map(Scope::authority).collect(Collectors.joining(", "));
    }
}
