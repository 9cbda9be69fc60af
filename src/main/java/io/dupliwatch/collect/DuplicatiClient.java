package io.dupliwatch.collect;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

import io.dupliwatch.collect.DuplicatiAddress.Scheme;
import io.dupliwatch.config.OutboundHttp;
import io.dupliwatch.config.OutboundHttp.RefusedDestinationException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Opens authenticated sessions on Duplicati 2.1+ servers (reference sections 3, 4 and 10).
 *
 * <p>Scheme: an address typed with {@code http://} or {@code https://} is used as given. Without a scheme a TLS
 * handshake is tried first: if it succeeds the server is spoken to over HTTPS (a certificate outside the system
 * trust store only when self-signed certificates are allowed for that server); if the port does not speak TLS,
 * over HTTP. A refused certificate or an unreachable host ends the attempt: plain HTTP is never tried behind
 * their back, and an unreachable host costs one connect timeout, not one per scheme.
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
        Scheme scheme = address.scheme() == Scheme.PROBE ? probe(address, tls) : address.scheme();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(tls)
                .build();
        DuplicatiSession session = new DuplicatiSession(address.base(scheme), http, connection.credential(), trust,
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

    /** HTTPS when the port completes a TLS handshake, HTTP when it does not speak TLS. */
    private Scheme probe(DuplicatiAddress address, SSLContext tls) {
        int timeout = Math.toIntExact(properties.connectTimeout().toMillis());
        try (Socket socket = new Socket()) {
            connect(socket, address, timeout);
            socket.setSoTimeout(timeout);
            try (SSLSocket ssl = (SSLSocket) tls.getSocketFactory()
                    .createSocket(socket, address.socketHost(), address.port(), true)) {
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(parameters);
                ssl.startHandshake();
                return Scheme.HTTPS;
            }
        }
        catch (SSLException e) {
            DuplicatiException untrusted = DuplicatiSession.untrustedCertificate(e);
            if (untrusted != null) {
                throw untrusted;
            }
            return Scheme.HTTP;
        }
        catch (IOException e) {
            // connected, but the handshake timed out or the peer hung up on a ClientHello: not a TLS port
            return Scheme.HTTP;
        }
    }

    private static void connect(Socket socket, DuplicatiAddress address, int timeout) {
        try {
            socket.connect(new InetSocketAddress(address.socketHost(), address.port()), timeout);
        }
        catch (UnknownHostException e) {
            throw new DuplicatiException(DuplicatiProblem.UNREACHABLE,
                    "unknown host " + address.socketHost(), e);
        }
        catch (SocketTimeoutException e) {
            throw new DuplicatiException(DuplicatiProblem.UNREACHABLE,
                    "no answer from " + address + " within " + timeout + " ms", e);
        }
        catch (IOException e) {
            throw new DuplicatiException(DuplicatiProblem.UNREACHABLE,
                    "cannot connect to " + address + ": " + e.getMessage(), e);
        }
    }
}
