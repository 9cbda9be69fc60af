package io.dupliwatch.web.tokens;

import java.util.List;
import java.util.stream.Collectors;

import io.dupliwatch.security.ApiToken;
import io.dupliwatch.security.IngestSecret;
import io.dupliwatch.security.Scope;

/** The API access page: tokens and per-server ingest secrets; {@code secret} is a value shown once, else null. */
public record TokensView(List<ApiToken> tokens, List<IngestSecret> ingestSecrets, String secretLabel, String secret) {

    public String scopesOf(ApiToken token) {
        return token.scopes().stream().sorted().map(Scope::authority).collect(Collectors.joining(", "));
    }
}
