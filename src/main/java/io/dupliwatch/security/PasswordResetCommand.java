package io.dupliwatch.security;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.dupliwatch.storage.DatasourceProperties;
import io.dupliwatch.storage.StorageProperties;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar dupliwatch.jar reset-password USER}: gives USER a new one-time password, printed on stdout,
 * ends the user's sessions and exits. It starts only the database (same settings and migrations as the server),
 * never the web server or the schedulers, so it is safe to run beside a running server.
 */
public final class PasswordResetCommand {

    public static final String NAME = "reset-password";

    private PasswordResetCommand() {
    }

    public static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs the command; returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> names = Arrays.stream(args).skip(1).filter(arg -> !arg.startsWith("--")).toList();
        if (names.size() != 1) {
            err.println("Usage: java -jar dupliwatch.jar " + NAME + " USER [--dupliwatch.data-dir=...]");
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("spring.main.banner-mode", "off", "spring.main.log-startup-info", "false",
                        "logging.level.root", "warn"))
                .run(args)) {
            Accounts.OneTimePassword reset = context.getBean(Accounts.class).resetPasswordFromCommandLine(names.get(0));
            out.println("New one-time password for '" + reset.account().username() + "': " + reset.password());
            out.println("It must be changed at the next login. The user's sessions have been ended.");
            return 0;
        }
        catch (NoSuchRecordException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * The database, Flyway, and the account classes: nothing that listens, polls or sends. Deliberately not a
     * {@code @Configuration}, so that the server's component scan never picks it up.
     */
    @ImportAutoConfiguration({FlywayAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            JdbcClientAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            TransactionAutoConfiguration.class})
    @EnableConfigurationProperties({StorageProperties.class, DatasourceProperties.class, SecurityProperties.class})
    @ComponentScan(basePackages = "io.dupliwatch.storage", useDefaultFilters = false,
            includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.dupliwatch\\.storage\\.DataSourceConfiguration"))
    @Import({Accounts.class, UserRepository.class, UserSessions.class, PasswordPolicy.class, PasswordEncoding.class,
            InitialPasswordFile.class, AuditLog.class, AuditRepository.class})
    static class Context {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
