package io.dupliwatch.collect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A Duplicati server address as typed by the user. With a scheme ({@code https://nas:8200}) that scheme is used
 * as given and a missing port means the scheme's default (a reverse proxy). Without one ({@code nas:8200},
 * {@code 192.168.1.20}) the port defaults to Duplicati's 8200 and the scheme is HTTPS: the password goes over
 * plain HTTP only when the user typed {@code http://}. Paths are ignored: Duplicati serves its API at the root.
 */
record DuplicatiAddress(String host, int port, Scheme scheme) {

    static final int DEFAULT_PORT = 8200;

    enum Scheme { HTTPS, HTTP }

    DuplicatiAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is missing");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535");
        }
    }

    static DuplicatiAddress parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("the address is empty");
        }
        String text = typed.strip();
        Scheme scheme = null;
        int separator = text.indexOf("://");
        if (separator >= 0) {
            String given = text.substring(0, separator).toLowerCase(Locale.ROOT);
            scheme = switch (given) {
                case "https" -> Scheme.HTTPS;
                case "http" -> Scheme.HTTP;
                default -> throw new IllegalArgumentException("only http:// and https:// addresses are supported");
            };
            text = text.substring(separator + 3);
        }
        URI uri;
        try {
            uri = new URI("http://" + text);
        }
        catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid address: " + e.getReason());
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("put the password in the password field, not in the address");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("the address must not contain '?' or '#'");
        }
        int port = uri.getPort();
        if (port < 0) {
            port = scheme == null ? DEFAULT_PORT : scheme == Scheme.HTTPS ? 443 : 80;
        }
        return new DuplicatiAddress(uri.getHost(), port, scheme == null ? Scheme.HTTPS : scheme);
    }

    URI base() {
        return URI.create(scheme.name().toLowerCase(Locale.ROOT) + "://" + hostForUri() + ":" + port);
    }

    /** Host as it must appear inside a URI: IPv6 literals in brackets. */
    private String hostForUri() {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** Host without IPv6 brackets, for sockets. */
    String socketHost() {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return base().toString();
    }
}
