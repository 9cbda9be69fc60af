package io.dupliwatch.collect;

import java.io.IOException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.X509ExtendedTrustManager;

import io.dupliwatch.config.OutboundHttp;
import io.dupliwatch.config.OutboundHttp.RefusedDestinationException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Opens authenticated sessions on Duplicati 2.1+ servers (reference sections 3, 4 and 10).
 *
 * <p>Scheme: an address typed with {@code http://} or {@code https://} is used as given; without a scheme it is
 * HTTPS (a certificate outside the system trust store only when self-signed certificates are allowed for that
 * server). Plain HTTP is never tried behind the user's back: a port that does not speak TLS is a
 * {@link DuplicatiProblem#PROTOCOL_MISMATCH} telling them to type {@code http://}, and the password is not sent.
 */
@Component
class DuplicatiClient {

    private final CollectProperties properties;
    private final JsonMapper json;
    private final OutboundHttp outbound;
    /** Read on the first collection: loading the CA certificates takes a start about 30 ms it doesn't need. */
    private final Supplier<X509ExtendedTrustManager> systemTrust;

    @Autowired
    DuplicatiClient(CollectProperties properties, JsonMapper json, OutboundHttp outbound) {
        this(properties, json, outbound, SingletonSupplier.of(ServerCertificateTrust::systemTrustManager));
    }

    /** With another trust store standing in for the system one (tests use their own CA). */
    DuplicatiClient(CollectProperties properties, JsonMapper json, OutboundHttp outbound,
                    Supplier<X509ExtendedTrustManager> systemTrust) {
        this.properties = properties;
        this.json = json;
        this.outbound = outbound;
        this.systemTrust = systemTrust;
    }

    /** Connects and authenticates: one login for the whole session. Close it to log out. */
    DuplicatiSession open(DuplicatiConnection connection) {
        ServerCertificateTrust trust = new ServerCertificateTrust(systemTrust.get(), connection.allowSelfSigned(),
                connection.pinnedCertificate());
        SSLContext tls = tlsContext(trust);
        DuplicatiAddress address = connection.address();
        checkDestination(address);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(tls)
                .build();
        DuplicatiSession session = new DuplicatiSession(address.base(), http, connection.credential(), trust,
                json, properties);
        session.authenticate();
        return session;
    }

    /** The {@link OutboundHttp} rule on link-local and metadata addresses; redirects are never followed either. */
    private void checkDestination(DuplicatiAddress address) {
        try {
            outbound.checkDestination(address.socketHost());
        }
        catch (RefusedDestinationException e) {
            throw new DuplicatiException(DuplicatiProblem.UNREACHABLE, e.getMessage(), e);
        }
        catch (UnknownHostException e) {
            throw new DuplicatiException(DuplicatiProblem.UNREACHABLE, "unknown host " + address.socketHost(), e);
        }
        catch (IOException e) {
            throw new DuplicatiException(DuplicatiProblem.UNREACHABLE, "cannot resolve " + address.socketHost()
                    + ": " + e.getMessage(), e);
        }
    }

    private static SSLContext tlsContext(ServerCertificateTrust trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
            return context;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS", e);
        }
    }
}
