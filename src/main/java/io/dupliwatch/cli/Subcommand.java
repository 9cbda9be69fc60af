package io.dupliwatch.cli;

import java.util.List;

/**
 * A command of {@code java -jar dupliwatch.jar <name> [args...]}, run in the application context without the web
 * server and without scheduled work, then the process exits with the returned code. Implementations are beans
 * (any feature may add one); {@link Subcommands} finds them by {@link #name()}.
 */
public interface Subcommand {

    /** What the user types, e.g. {@code import-duplistatus}. */
    String name();

    /** One line for the usage text: arguments and what the command does. */
    String usage();

    /**
     * @param args the arguments after the name (options starting with {@code --} are also Spring properties)
     * @return the process exit code: 0 for success, 1 for a failure, 2 for wrong usage
     */
    int run(List<String> args) throws Exception;
}
