package io.dupliwatch.collect;

import java.time.Instant;

/**
 * A row of {@code duplicati_connections}.
 *
 * @param encryptedSecret the password or token as stored (encrypted); decrypted only to open a session
 */
record StoredConnection(String serverId,
                        String url,
                        AuthKind authKind,
                        String encryptedSecret,
                        boolean allowSelfSigned,
                        String pinnedCertificate,
                        Integer autoCollectHours,
                        Instant updatedAt,
                        Instant collectingSince,
                        String resolvedUrl,
                        String duplicatiMachineId,
                        String duplicatiMachineName,
                        String duplicatiVersion,
                        LastCollection last) {

    /** The outcome of the newest finished collection; all {@code null}/0 before the first one. */
    record LastCollection(Instant startedAt, Instant finishedAt, String problem, String error,
                          long imported, long skipped, long failed) {
    }

    @Override
    public String toString() {
        return "StoredConnection[serverId=" + serverId + ", url=" + url + ", authKind=" + authKind + "]";
    }
}
