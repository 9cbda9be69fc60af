package io.dupliwatch.config;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/**
 * The rules for every call Dupliwatch makes to an address an administrator typed (notification channels,
 * heartbeat monitors, Duplicati servers). Redirects are never followed: such requests carry credentials (a header,
 * a token in the path, a password) that must not reach another address, so a redirect is a failure telling the
 * user to fix the URL. And the destination is checked after DNS resolution: link-local and cloud-metadata
 * addresses are refused unless {@link OutboundProperties#allowLinkLocal()}; loopback and private ranges are fine.
 */
@Component
public class OutboundHttp {

    /** Metadata services outside the link-local ranges: AWS over IPv6, Alibaba Cloud. */
    private static final Set<InetAddress> METADATA = Set.of(literal("fd00:ec2::254"), literal("100.100.100.200"));
    /** The well-known NAT64 prefix 64:ff9b::/96, which embeds an IPv4 address in its last four bytes. */
    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private final OutboundProperties properties;

    public OutboundHttp(OutboundProperties properties) {
        this.properties = properties;
    }

    /**
     * A client on the JDK's HTTP client that follows no redirect and checks each destination, built on first use:
     * a JDK client loads the TLS stack and the CA certificates, which a start does not need.
     */
    public Supplier<RestClient> onFirstUse(Duration connectTimeout, Duration readTimeout) {
        return SingletonSupplier.of(() -> {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
            requests.setReadTimeout(readTimeout);
            return RestClient.builder()
                    .requestFactory(requests)
                    .requestInterceptor((request, body, execution) -> {
                        checkDestination(request.getURI().getHost());
                        return execution.execute(request, body);
                    })
                    .build();
        });
    }

    /**
     * Resolves {@code host} and refuses it when one of its addresses is link-local or a cloud-metadata service
     * (unless allowed): a name pointing there is refused as well as the literal address.
     *
     * @throws UnknownHostException when the name does not resolve
     */
    public void checkDestination(String host) throws IOException {
        if (properties.allowLinkLocal()) {
            return;
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (isLinkLocalOrMetadata(address)) {
                throw new RefusedDestinationException(host, address);
            }
        }
    }

    /** The failure reported for a redirect answer, which is never followed. */
    public static String redirected(int status) {
        return "redirected to another address (" + status + "); update the URL";
    }

    static boolean isLinkLocalOrMetadata(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && startsWith(bytes, NAT64_PREFIX)) {
            return isLinkLocalOrMetadata(address(Arrays.copyOfRange(bytes, 12, 16)));
        }
        return address.isLinkLocalAddress() || METADATA.contains(address);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static InetAddress address(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        }
        catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Parses an IP literal (no DNS lookup). */
    private static InetAddress literal(String ip) {
        try {
            return InetAddress.getByName(ip);
        }
        catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A destination refused by {@link #checkDestination}; its message says why and how to allow it. */
    public static final class RefusedDestinationException extends IOException {

        RefusedDestinationException(String host, InetAddress address) {
            super(host + " resolves to " + address.getHostAddress() + ", a link-local or cloud-metadata address:"
                    + " refused unless dupliwatch.outbound.allow-link-local=true");
        }
    }
}
