package io.dupliwatch.collect;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust decision for one Duplicati server. A certificate the system trust store accepts (chain and host name)
 * is always fine. Any other certificate – Duplicati's own are self-signed or from a private CA – is accepted
 * only when the user allowed it for this server, and then only while its fingerprint matches the one pinned
 * when it was first accepted.
 */
final class ServerCertificateTrust extends X509ExtendedTrustManager {

    private static final HexFormat FINGERPRINT = HexFormat.ofDelimiter(":").withUpperCase();

    private final X509ExtendedTrustManager system;
    private final boolean allowSelfSigned;
    private final String pinned;
    private volatile String presented;
    private volatile boolean verified;

    ServerCertificateTrust(X509ExtendedTrustManager system, boolean allowSelfSigned, String pinned) {
        this.system = system;
        this.allowSelfSigned = allowSelfSigned;
        this.pinned = pinned;
    }

    static X509ExtendedTrustManager systemTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509ExtendedTrustManager extended) {
                    return extended;
                }
            }
            throw new IllegalStateException("The JVM offers no X509ExtendedTrustManager");
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the JVM trust store", e);
        }
    }

    /** SHA-256 of the server certificate last presented, {@code null} before any TLS handshake. */
    String presentedFingerprint() {
        return presented;
    }

    /** Whether the last presented certificate passed the system trust store (not merely an allowed self-signed). */
    boolean presentedVerified() {
        return verified;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        decide(chain, () -> system.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        decide(chain, () -> system.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        decide(chain, () -> system.checkServerTrusted(chain, authType));
    }

    private void decide(X509Certificate[] chain, SystemCheck check) throws CertificateException {
        String fingerprint = fingerprint(chain[0]);
        presented = fingerprint;
        try {
            check.run();
            verified = true;
            return;
        }
        catch (CertificateException notTrusted) {
            verified = false;
            if (!allowSelfSigned) {
                throw new UntrustedCertificateException(fingerprint,
                        "the HTTPS certificate is not trusted (" + notTrusted.getMessage()
                                + "); allow self-signed certificates for this server to accept it", notTrusted);
            }
            if (pinned != null && !pinned.equalsIgnoreCase(fingerprint)) {
                throw new UntrustedCertificateException(fingerprint,
                        "the self-signed HTTPS certificate changed since it was accepted (now " + fingerprint
                                + "); save the connection again to accept the new one", notTrusted);
            }
        }
    }

    static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
        try {
            return FINGERPRINT.formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return system.getAcceptedIssuers();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("Dupliwatch does not accept TLS clients here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("Dupliwatch does not accept TLS clients here");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Dupliwatch does not accept TLS clients here");
    }

    @FunctionalInterface
    private interface SystemCheck {
        void run() throws CertificateException;
    }

    /** Carries the refused certificate's fingerprint out of the TLS stack. */
    static final class UntrustedCertificateException extends CertificateException {

        private final String fingerprint;

        UntrustedCertificateException(String fingerprint, String message, Throwable cause) {
            super(message, cause);
            this.fingerprint = fingerprint;
        }

        String fingerprint() {
            return fingerprint;
        }
    }
}
