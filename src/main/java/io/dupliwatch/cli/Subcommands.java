package io.dupliwatch.cli;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The one dispatch for command-line subcommands: {@code main} hands over when the first argument is not an option.
 * The context is the application's own (same configuration, env variables and {@code --key=value} options) with
 * {@code dupliwatch.scheduling.enabled=false} and no web server.
 */
public final class Subcommands {

    private Subcommands() {
    }

    /** Whether the arguments name a subcommand rather than start the server. */
    public static boolean requested(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs the named subcommand and returns its exit code; prints the usage for an unknown name (code 2). */
    public static int run(Class<?> application, String[] args) {
        // Spring AOT fixes the server's beans at build time; a command's context (no web server, no scheduler)
        // differs, so it is always built from the configuration classes, whatever the server's start command says.
        System.clearProperty("spring.aot.enabled");
        String name = args[0];
        List<String> rest = List.of(Arrays.copyOfRange(args, 1, args.length));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(Map.of("dupliwatch.scheduling.enabled", "false",
                        "spring.main.log-startup-info", "false",
                        "logging.level.root", "WARN"))
                .run(rest.stream().filter(arg -> arg.startsWith("--")).toArray(String[]::new))) {
            List<Subcommand> commands = context.getBeansOfType(Subcommand.class).values().stream()
                    .sorted(Comparator.comparing(Subcommand::name)).toList();
            Subcommand command = commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
            if (command == null) {
                System.err.println("Unknown command '" + name + "'. Usage: java -jar dupliwatch.jar [COMMAND ARGS...]");
                System.err.println("Without a command the server starts. Commands:");
                commands.forEach(c -> System.err.println("  " + c.name() + " " + c.usage()));
                return 2;
            }
            return command.run(rest);
        }
        catch (Exception e) {
            System.err.println(name + " failed: " + e.getMessage());
            return 1;
        }
    }
}
