package io.dupliwatch.collect;

/**
 * Everything needed to reach one Duplicati server.
 *
 * @param address           what the user typed, see {@link DuplicatiAddress}
 * @param allowSelfSigned   accept an HTTPS certificate that does not chain to a trusted CA
 * @param pinnedCertificate SHA-256 fingerprint of the self-signed certificate accepted before, {@code null} to
 *                          accept whichever is presented first (it is then reported for pinning)
 */
record DuplicatiConnection(DuplicatiAddress address,
                           DuplicatiCredential credential,
                           boolean allowSelfSigned,
                           String pinnedCertificate) {
}
