package io.dupliwatch.security;

import java.util.List;

import io.dupliwatch.cli.Subcommand;

import org.springframework.stereotype.Component;

/**
 * {@code java -jar dupliwatch.jar reset-password USER}: gives USER a new one-time password, printed on stdout,
 * and ends the user's sessions. The way back in when the last admin password is lost.
 */
@Component
class ResetPasswordCommand implements Subcommand {

    private final Accounts accounts;

    ResetPasswordCommand(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "reset-password";
    }

    @Override
    public String usage() {
        return "USER   print a new one-time password for USER and end the user's sessions";
    }

    @Override
    public int run(List<String> args) {
        List<String> names = args.stream().filter(arg -> !arg.startsWith("--")).toList();
        if (names.size() != 1) {
            System.err.println("Usage: java -jar dupliwatch.jar " + name() + " " + usage());
            return 2;
        }
        try {
            Accounts.OneTimePassword reset = accounts.resetPasswordFromCommandLine(names.get(0));
            System.out.println("New one-time password for '" + reset.account().username() + "': " + reset.password());
            System.out.println("It must be changed at the next login. The user's sessions have been ended.");
            return 0;
        }
        catch (NoSuchRecordException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
