package io.dupliwatch.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Length over composition rules (NIST SP 800-63B): at least {@code password-min-length} characters, at most
 * 72 bytes (what bcrypt reads), and not built around the user name.
 */
@Component
class PasswordPolicy {

    static final int MAX_BYTES = 72;

    private final int minLength;

    PasswordPolicy(SecurityProperties properties) {
        this.minLength = properties.passwordMinLength();
    }

    int minLength() {
        return minLength;
    }

    void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw new InvalidInputException("password", "The password must have at least " + minLength + " characters",
                    "problem.password.tooShort", minLength);
        }
        if (tooLong(password)) {
            throw new InvalidInputException("password", "The password must not be longer than " + MAX_BYTES + " bytes",
                    "problem.password.tooLong", MAX_BYTES);
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("password", "The password must not contain the user name",
                    "problem.password.containsUsername");
        }
        if (password.chars().distinct().count() < 4) {
            throw new InvalidInputException("password", "The password must use more than a few different characters",
                    "problem.password.tooSimple");
        }
    }

    static boolean tooLong(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** One-time passwords: long enough for any policy, readable. */
    String oneTimePassword() {
        return Secrets.oneTimePassword(Math.max(20, minLength));
    }
}
