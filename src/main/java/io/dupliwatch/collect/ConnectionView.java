package io.dupliwatch.collect;

import java.time.Instant;

/**
 * A server's connection settings as the API shows them: never the password or token.
 *
 * @param authentication     {@code password} or {@code pre-auth-token}
 * @param pinnedCertificate  SHA-256 of the accepted self-signed certificate, {@code null} if none
 * @param duplicatiUrl       what answered at the last contact (the probed scheme)
 * @param machineIdMismatch  Duplicati's {@code machine-id} differs from this server's id (reinstall?)
 * @param collecting         a collection is running now
 * @param updatedAt          when the settings were last saved
 */
public record ConnectionView(String serverId,
                             String url,
                             String authentication,
                             boolean allowSelfSigned,
                             String pinnedCertificate,
                             Integer autoCollectHours,
                             String duplicatiUrl,
                             String duplicatiMachineId,
                             String duplicatiMachineName,
                             String duplicatiVersion,
                             boolean machineIdMismatch,
                             boolean collecting,
                             Instant updatedAt,
                             LastCollection lastCollection) {

    /** {@code problem} is a {@link DuplicatiProblem} name when the collection failed as a whole. */
    public record LastCollection(Instant startedAt, Instant finishedAt, String problem, String error,
                                 long imported, long skipped, long failed) {
    }

    static ConnectionView of(StoredConnection c) {
        StoredConnection.LastCollection last = c.last();
        return new ConnectionView(c.serverId(), c.url(), c.authKind().code(), c.allowSelfSigned(),
                c.pinnedCertificate(), c.autoCollectHours(), c.resolvedUrl(), c.duplicatiMachineId(),
                c.duplicatiMachineName(), c.duplicatiVersion(),
                c.duplicatiMachineId() != null && !c.duplicatiMachineId().equals(c.serverId()),
                c.collectingSince() != null, c.updatedAt(),
                last.startedAt() == null ? null : new LastCollection(last.startedAt(), last.finishedAt(),
                        last.problem(), last.error(), last.imported(), last.skipped(), last.failed()));
    }
}
