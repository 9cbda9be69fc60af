package io.dupliwatch.collect;

/** How Dupliwatch proves itself to a Duplicati server. {@code toString} never shows the secret. */
sealed interface DuplicatiCredential {

    String secret();

    /** The web UI password: one login per collection, then refresh-token renewals. */
    record Password(String secret) implements DuplicatiCredential {
        @Override
        public String toString() {
            return "Password[***]";
        }
    }

    /** A token from Duplicati's {@code --webservice-pre-auth-tokens}, sent as {@code Authorization: PreAuth}. */
    record PreAuthToken(String secret) implements DuplicatiCredential {
        @Override
        public String toString() {
            return "PreAuthToken[***]";
        }
    }
}
