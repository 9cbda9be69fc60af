package io.dupliwatch.collect;

import java.util.Locale;

/** Which secret a connection holds. */
enum AuthKind {
    /** Duplicati's web UI password. */
    PASSWORD,
    /** A token from Duplicati's {@code --webservice-pre-auth-tokens}. */
    PRE_AUTH_TOKEN;

    /** {@code password} / {@code pre-auth-token}: the database and JSON spelling. */
    String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static AuthKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    DuplicatiCredential credential(String secret) {
        return this == PASSWORD ? new DuplicatiCredential.Password(secret) : new DuplicatiCredential.PreAuthToken(secret);
    }
}
