package io.dupliwatch.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a login form: throttle first (a waiting attempt is not even checked), then the password against the
 * stored hash, or against a dummy hash for unknown names so that timing does not reveal which names exist.
 * Unknown name, wrong password and disabled account all give the same {@link BadCredentialsException}.
 */
@Component
class LoginAuthenticationProvider implements AuthenticationProvider {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    /** Hashed beside the start, not in it: a bcrypt hash takes about 0.1 s of the single thread that starts us. */
    private final CompletableFuture<String> dummyHash;

    LoginAuthenticationProvider(UserRepository users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.dummyHash = CompletableFuture.supplyAsync(() -> encoder.encode(Secrets.oneTimePassword(24)));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = Accounts.normalize(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitBefore(username, ip);
        if (!wait.isZero()) {
            audit.record(username, "login_throttled", "user:" + username, AuditEntry.Outcome.FAILURE,
                    Map.of("retryAfterSeconds", wait.toSeconds()));
            throw new LoginThrottledException(wait);
        }
        Optional<UserRepository.Credentials> credentials = users.findCredentials(username);
        boolean passwordMatches = !PasswordPolicy.tooLong(password)
                && encoder.matches(password, credentials.map(UserRepository.Credentials::passwordHash).orElseGet(dummyHash::join));
        if (credentials.isEmpty() || !passwordMatches || !credentials.get().account().enabled()) {
            boolean locked = throttle.failed(username, ip);
            audit.record(username, "login_failed", "user:" + username, AuditEntry.Outcome.FAILURE,
                    Map.of("locked", locked));
            throw new BadCredentialsException("Invalid username or password");
        }
        throttle.succeeded(username);
        UserAccount account = credentials.get().account();
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(account.id(), account.username(), account.role()), null, Authorities.forAccount(account));
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
