package io.dupliwatch.config;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The one way Dupliwatch puts a value (a server id, a job name) into a URL path: every byte but letters, digits and
 * {@code - . _ ~} is percent-encoded, so a stored id such as {@code ../users/4} stays one segment and can never
 * reach another route. {@code static/js/app.js} ({@code dupliwatch.url}) encodes the same way in the browser.
 * Spring's {@code UriUtils.encodePathSegment} is not enough: it leaves {@code ;} (a path parameter for Tomcat) as is.
 */
public final class UrlPath {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private UrlPath() {
    }

    /** One path segment, percent-encoded. */
    public static String segment(Object value) {
        byte[] bytes = String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append(c);
            }
            else {
                encoded.append('%').append(HEX.toHexDigits(b));
            }
        }
        return encoded.toString();
    }

    /** A path of this application, {@code /servers/a%2Fb/runs/7}: each segment encoded, no context path. */
    public static String of(Object... segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            path.append('/').append(segment(segment));
        }
        return path.toString();
    }
}
