package io.dupliwatch.security;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.errors.Problems;
import io.dupliwatch.ingest.IngestProperties;
import io.dupliwatch.report.ReportIdentity;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces per-server ingest secrets on {@code POST /api/upload}. Only when some server has a secret does it
 * read the report (up to the upload size limit) to find {@code Extra.machine-id}; the upload endpoint then reads
 * the same bytes. Reports it cannot read are passed on untouched: the upload endpoint gives the precise 400/413.
 */
class IngestSecretFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IngestSecrets secrets;
    private final IngestProperties limits;
    private final RequestMatcher uploads;
    private final AuditLog audit;

    IngestSecretFilter(IngestSecrets secrets, IngestProperties limits, RequestMatcher uploads, AuditLog audit) {
        this.secrets = secrets;
        this.limits = limits;
        this.uploads = uploads;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !uploads.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.maxBodySize().toBytes();
        if (!secrets.anyConfigured() || request.getContentLengthLong() > limit) {
            chain.doFilter(request, response);
            return;
        }
        InputStream original = request.getInputStream();
        byte[] head = original.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        ReplayedBody replayed = new ReplayedBody(request, new SequenceInputStream(new ByteArrayInputStream(head), original));
        String machineId = head.length > limit ? null : machineId(head, QueryString.first(request, "machine-id"),
                QueryString.first(request, "machine-name"));
        if (machineId != null && secrets.verify(machineId, QueryString.first(request, "secret")) == IngestSecrets.Verdict.MISMATCH) {
            audit.recordFailure("ingest_secret_rejected", "server:" + machineId, Map.of());
            Problems.write(request, response, HttpStatus.FORBIDDEN,
                    "This server requires its ingest secret: add ?secret=... to the upload URL");
            return;
        }
        chain.doFilter(replayed, response);
    }

    /** {@code Extra.machine-id} of a Duplicati report, streaming past everything else; null if absent or unreadable. */
    static String machineId(byte[] report) {
        return machineId(report, null, null);
    }

    /**
     * The machine-id the upload will be stored under, as {@code /api/upload} resolves it: {@code Extra.machine-id},
     * else the URL's {@code machine-id}, else derived from the machine name ({@code Extra}'s, else the URL's).
     */
    static String machineId(byte[] report, String urlMachineId, String urlMachineName) {
        String[] extra = extraIdentity(report);
        if (extra[0] != null) {
            return extra[0];
        }
        if (urlMachineId != null && !urlMachineId.isBlank()) {
            return urlMachineId.strip();
        }
        String name = extra[1] != null ? extra[1] : urlMachineName;
        return name == null || name.isBlank() ? null : ReportIdentity.derivedId(name);
    }

    /** {@code Extra}'s machine-id and machine-name (each null when absent, blank or unreadable). */
    private static String[] extraIdentity(byte[] report) {
        String[] identity = new String[2];
        try (JsonParser parser = JSON.createParser(report)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return identity;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("Extra".equals(name) && value == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                        String key = parser.currentName();
                        JsonToken extraValue = parser.nextToken();
                        int slot = "machine-id".equals(key) ? 0 : "machine-name".equals(key) ? 1 : -1;
                        if (slot >= 0 && extraValue == JsonToken.VALUE_STRING && !parser.getString().isBlank()) {
                            identity[slot] = parser.getString().trim();
                        }
                        parser.skipChildren();
                    }
                    return identity;
                }
                parser.skipChildren();
            }
            return identity;
        }
        catch (JacksonException e) {
            return identity;
        }
    }

    /** The request with its body served from what was already read followed by the rest of the stream. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final ServletInputStream body;

        ReplayedBody(HttpServletRequest request, InputStream content) {
            super(request);
            this.body = new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return content.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return content.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return false;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public ServletInputStream getInputStream() {
            return body;
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(body, charset));
        }
    }
}
