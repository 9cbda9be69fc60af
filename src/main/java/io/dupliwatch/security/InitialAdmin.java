package io.dupliwatch.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * First start: with no account at all, creates {@code admin} with a random one-time password, printed once in the
 * log and written to {@code <data-dir>/initial-admin-password} (owner-only). The first login must change it.
 * The server does this, not command-line commands.
 */
@Component
@ConditionalOnWebApplication
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final Accounts accounts;
    private final InitialPasswordFile file;

    InitialAdmin(Accounts accounts, InitialPasswordFile file) {
        this.accounts = accounts;
        this.file = file;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.createInitialAdmin().ifPresent(password -> {
            file.write(password);
            log.warn("""

                    ================================================================
                     First start: created the account '{}' with this one-time password:

                         {}

                     (also in {}, readable by its owner only).
                     Sign in and choose a new password; the file is then deleted.
                    ================================================================""",
                    Accounts.INITIAL_ADMIN, password, file.path());
        });
    }
}
