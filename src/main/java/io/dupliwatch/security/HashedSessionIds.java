package io.dupliwatch.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.SessionIdGenerator;
import org.springframework.session.web.http.CookieSerializer;

/**
 * The session cookie carries a random id; the database (Spring Session's {@code SPRING_SESSION.SESSION_ID}) only its
 * SHA-256 hash, so a copy of the database or of a backup holds no session anyone could use. Spring Session, and
 * the application behind it, know a session by its hash alone: {@link #generate()} hands Spring Session the hash of
 * a new random id and keeps the id until the cookie is written; {@link #cookies} reads each cookie as its hash and
 * writes the id whose hash Spring Session asks for.
 */
final class HashedSessionIds implements SessionIdGenerator {

    /** Ids handed out but whose cookie is not written yet (at most a request's life; a bound for abandoned ones). */
    private static final int MAX_PENDING = 10_000;

    private final Map<String, String> pendingCookies = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_PENDING;
        }
    };

    @Override
    public String generate() {
        String cookie = Secrets.token("");
        String stored = hash(cookie);
        synchronized (pendingCookies) {
            pendingCookies.put(stored, cookie);
        }
        return stored;
    }

    /** What is stored for a session id: its SHA-256, 64 hex digits (the id is 32 random bytes). */
    static String hash(String sessionId) {
        return Secrets.sha256(sessionId);
    }

    /** Boot's cookie serializer (name, path, SameSite, Secure... from {@code server.servlet.session.cookie.*}), hashing. */
    CookieSerializer cookies(CookieSerializer serializer) {
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                String stored = value.getCookieValue();
                if (stored == null || stored.isEmpty()) {
                    serializer.writeCookieValue(value); // the session ended: the cookie is cleared
                    return;
                }
                String cookie;
                synchronized (pendingCookies) {
                    cookie = pendingCookies.remove(stored);
                }
                if (cookie == null) {
                    throw new IllegalStateException("No cookie value for a session id issued by this server");
                }
                CookieValue written = new CookieValue(value.getRequest(), value.getResponse(), cookie);
                written.setCookieMaxAge(value.getCookieMaxAge());
                serializer.writeCookieValue(written);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return serializer.readCookieValues(request).stream().map(HashedSessionIds::hash).toList();
            }
        };
    }
}
