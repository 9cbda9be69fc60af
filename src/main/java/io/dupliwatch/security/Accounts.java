package io.dupliwatch.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.dupliwatch.config.Language;
import io.dupliwatch.config.LogEscape;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local accounts: creation, password changes and resets, enabling, roles, deletion. Never leaves the system
 * without an enabled admin; ends an account's sessions whenever its password, role or status changes.
 */
@Service
public class Accounts {

    /** The account created at first start. */
    public static final String INITIAL_ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,49}");

    /** A new or reset password, shown once. */
    public record OneTimePassword(UserAccount account, String password) {
    }

    private final UserRepository users;
    private final UserSessions sessions;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final InitialPasswordFile initialPasswordFile;
    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final Clock clock;

    Accounts(UserRepository users, UserSessions sessions, PasswordPolicy policy, PasswordEncoder encoder,
             InitialPasswordFile initialPasswordFile, AuditLog audit, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.policy = policy;
        this.encoder = encoder;
        this.initialPasswordFile = initialPasswordFile;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
    }

    public List<UserAccount> list() {
        return users.findAll();
    }

    /**
     * Remembers the UI language a signed-in user chose, applied at their next sign-ins (in any browser).
     *
     * @param language {@code null} to follow the browser again
     */
    public void rememberLanguage(String username, Language language) {
        users.updateLanguage(normalize(username), language == null ? null : language.tag());
    }

    public Optional<UserAccount> find(String username) {
        return users.findByUsername(normalize(username));
    }

    /** Creates an account with a chosen password (checked against the policy). */
    @Transactional
    public UserAccount create(String username, Role role, String password, boolean mustChangePassword) {
        String name = validUsername(username);
        policy.check(name, password);
        if (users.exists(name)) {
            throw new RefusedChangeException("A user named '" + name + "' already exists", "problem.user.exists", name);
        }
        long id = users.insert(name, encoder.encode(password), role, mustChangePassword, clock.instant());
        audit.record("user_created", "user:" + name, Map.of("role", role.id()));
        return users.findById(id).orElseThrow();
    }

    /** Creates an account with a generated password that must be changed at first login. */
    public OneTimePassword createWithOneTimePassword(String username, Role role) {
        String password = policy.oneTimePassword();
        return new OneTimePassword(create(username, role, password, true), password);
    }

    /** First start: the {@code admin} account, when there is no account at all. */
    @Transactional
    Optional<String> createInitialAdmin() {
        if (users.count() > 0) {
            return Optional.empty();
        }
        String password = policy.oneTimePassword();
        users.insert(INITIAL_ADMIN, encoder.encode(password), Role.ADMIN, true, clock.instant());
        audit.record("system", "user_created", "user:" + INITIAL_ADMIN, AuditEntry.Outcome.SUCCESS,
                Map.of("role", Role.ADMIN.id(), "initial", true));
        return Optional.of(password);
    }

    @Transactional
    public UserAccount setEnabled(long id, boolean enabled, String actingUsername) {
        UserAccount account = existing(id);
        if (!enabled && account.username().equals(actingUsername)) {
            throw new RefusedChangeException("You cannot disable your own account", "problem.user.disableSelf");
        }
        if (!enabled && account.isAdmin() && account.enabled()) {
            requireAnotherAdmin();
        }
        users.updateEnabled(id, enabled);
        sessions.endAll(account.username());
        audit.record(enabled ? "user_enabled" : "user_disabled", "user:" + account.username(), Map.of());
        return existing(id);
    }

    @Transactional
    public UserAccount setRole(long id, Role role, String actingUsername) {
        UserAccount account = existing(id);
        if (account.role() == role) {
            return account;
        }
        if (account.username().equals(actingUsername)) {
            throw new RefusedChangeException("You cannot change your own role", "problem.user.ownRole");
        }
        if (account.isAdmin() && account.enabled()) {
            requireAnotherAdmin();
        }
        users.updateRole(id, role);
        sessions.endAll(account.username());
        audit.record("user_role_changed", "user:" + account.username(), Map.of("from", account.role().id(), "to", role.id()));
        return existing(id);
    }

    /** A new one-time password; the user's sessions end and the next login must change it. */
    @Transactional
    public OneTimePassword resetPassword(long id) {
        UserAccount account = existing(id);
        String password = storeOneTimePassword(account);
        audit.record("user_password_reset", "user:" + account.username(), Map.of());
        return new OneTimePassword(existing(id), password);
    }

    /** {@code reset-password USER} on the command line. */
    @Transactional
    OneTimePassword resetPasswordFromCommandLine(String username) {
        UserAccount account = find(username).orElseThrow(() -> new NoSuchRecordException("No user named '" + username + "'"));
        String password = storeOneTimePassword(account);
        audit.record("cli", "user_password_reset", "user:" + account.username(), AuditEntry.Outcome.SUCCESS, Map.of());
        return new OneTimePassword(existing(account.id()), password);
    }

    @Transactional
    public void delete(long id, String actingUsername) {
        UserAccount account = existing(id);
        if (account.username().equals(actingUsername)) {
            throw new RefusedChangeException("You cannot delete your own account", "problem.user.deleteSelf");
        }
        if (account.isAdmin() && account.enabled()) {
            requireAnotherAdmin();
        }
        users.delete(id);
        sessions.endAll(account.username());
        audit.record("user_deleted", "user:" + account.username(), Map.of("role", account.role().id()));
    }

    /**
     * Changes the signed-in user's own password. The current password is not asked again right after a login with
     * a one-time password; wrong ones count in the {@link LoginThrottle} like failed logins, since they are
     * password guesses too. Every other session of the user ends.
     *
     * @param clientIp where the request came from, for the throttle
     * @throws TooManyAttemptsException while the account or the address must wait
     */
    @Transactional(noRollbackFor = {InvalidInputException.class, TooManyAttemptsException.class})
    public UserAccount changeOwnPassword(String username, String currentPassword, String newPassword,
                                         String keepSessionId, String clientIp) {
        UserRepository.Credentials credentials = users.findCredentials(normalize(username))
                .orElseThrow(() -> new NoSuchRecordException("No user named '" + username + "'"));
        UserAccount account = credentials.account();
        if (!account.mustChangePassword()) {
            Duration wait = throttle.waitBefore(account.username(), clientIp);
            if (!wait.isZero()) {
                audit.recordFailure("password_changed", "user:" + account.username(),
                        Map.of("reason", "throttled", "retryAfterSeconds", wait.toSeconds()));
                throw new TooManyAttemptsException(wait);
            }
            if (currentPassword == null || PasswordPolicy.tooLong(currentPassword)
                    || !encoder.matches(currentPassword, credentials.passwordHash())) {
                boolean locked = throttle.failed(account.username(), clientIp);
                audit.recordFailure("password_changed", "user:" + account.username(),
                        Map.of("reason", "wrong current password", "locked", locked));
                throw new InvalidInputException("currentPassword", "The current password is wrong",
                    "problem.password.wrongCurrent");
            }
            throttle.succeeded(account.username());
        }
        policy.check(account.username(), newPassword);
        if (encoder.matches(newPassword, credentials.passwordHash())) {
            throw new InvalidInputException("password", "The new password must differ from the current one",
                    "problem.password.unchanged");
        }
        users.updatePassword(account.id(), encoder.encode(newPassword), false, clock.instant());
        forgetInitialPassword(account);
        int ended = sessions.endAllExcept(account.username(), keepSessionId);
        audit.record("password_changed", "user:" + account.username(), Map.of("otherSessionsEnded", ended));
        return existing(account.id());
    }

    private String storeOneTimePassword(UserAccount account) {
        String password = policy.oneTimePassword();
        users.updatePassword(account.id(), encoder.encode(password), true, clock.instant());
        forgetInitialPassword(account);
        int ended = sessions.endAll(account.username());
        log.info("Password of '{}' reset; {} session(s) ended", LogEscape.of(account.username()), ended);
        return password;
    }

    private void forgetInitialPassword(UserAccount account) {
        if (account.username().equals(INITIAL_ADMIN)) {
            initialPasswordFile.delete();
        }
    }

    private void requireAnotherAdmin() {
        if (users.countEnabledAdmins() <= 1) {
            throw new RefusedChangeException("This is the last enabled admin: create or enable another admin first",
                    "problem.user.lastAdmin");
        }
    }

    private UserAccount existing(long id) {
        return users.findById(id).orElseThrow(() -> new NoSuchRecordException("No user with id " + id, "problem.user.unknownId", id));
    }

    static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static String validUsername(String username) {
        String name = normalize(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new InvalidInputException("username",
                    "The user name must have 3 to 50 characters: letters, digits, '.', '_', '@' or '-'",
                    "problem.user.invalidName");
        }
        return name;
    }
}
