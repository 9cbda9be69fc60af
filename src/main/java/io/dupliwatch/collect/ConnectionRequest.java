package io.dupliwatch.collect;

/**
 * Body of {@code PUT /api/servers/{id}/connection} (and of the test and create calls). The secret is write-only:
 * leave both {@code password} and {@code preAuthToken} out to keep the stored one.
 *
 * @param url              {@code 192.168.1.20}, {@code nas01:8200}, {@code https://backup.example.com}…
 * @param password         Duplicati's web UI password
 * @param preAuthToken     a token from Duplicati's {@code --webservice-pre-auth-tokens}, instead of the password
 * @param allowSelfSigned  accept a certificate outside the system trust store (pinned on first contact)
 * @param autoCollectHours collect automatically every N hours; {@code null} for manual collection only
 */
public record ConnectionRequest(String url,
                                String password,
                                String preAuthToken,
                                Boolean allowSelfSigned,
                                Integer autoCollectHours) {

    @Override
    public String toString() {
        return "ConnectionRequest[url=" + url + ", allowSelfSigned=" + allowSelfSigned + ", autoCollectHours="
                + autoCollectHours + "]";
    }
}
