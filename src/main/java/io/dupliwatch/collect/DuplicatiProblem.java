package io.dupliwatch.collect;

/** Why talking to a Duplicati server failed, in terms a user can act on. */
public enum DuplicatiProblem {
    /** Address did not resolve, connection refused, or no TCP answer within the connect timeout. */
    UNREACHABLE,
    /** Connected, but no complete answer within the request timeout. */
    TIMEOUT,
    /** HTTPS certificate not trusted (self-signed not allowed for this server, or changed since it was trusted). */
    UNTRUSTED_CERTIFICATE,
    /** The scheme typed does not match the port: HTTPS asked of a plain HTTP port. */
    PROTOCOL_MISMATCH,
    /** Password (or pre-authenticated token) refused. */
    WRONG_PASSWORD,
    /** Duplicati's allowed-hostnames check refused the name used to reach it. */
    HOST_NAME_REJECTED,
    /** Something answered, but not a Duplicati 2.1+ API. */
    NOT_DUPLICATI,
    /** A Duplicati 2.0.x server (cookie/XSRF login), whose API differs. */
    UNSUPPORTED_VERSION,
    /** Duplicati answered with an error (unknown job, database busy, internal error). */
    SERVER_ERROR
}
