package io.dupliwatch.security;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.dupliwatch.DupliwatchApplication;
import io.dupliwatch.cli.Subcommands;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.TestDatabases;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** {@code java -jar dupliwatch.jar reset-password USER} between two runs of a server on one SQLite data directory. */
@ExtendWith(OutputCaptureExtension.class)
class ResetPasswordCommandIntegrationTest {

    static final String PASSWORD = AccessRulesIntegrationTest.PASSWORD;

    @TempDir
    Path dataDir;

    @BeforeEach
    void sqliteOnly() {
        assumeFalse(TestDatabases.postgres(), "the data directory of a stopped server is the SQLite case");
    }

    @Test
    void printsANewOneTimePasswordEndsTheSessionsAndForcesAChange(CapturedOutput output) {
        String sessionCookie;
        try (ConfigurableApplicationContext server = start()) {
            server.getBean(Accounts.class).create("alice", Role.ADMIN, PASSWORD, false);
            Http alice = http(server).login("alice", PASSWORD);
            assertThat(alice.get("/api/users").status()).isEqualTo(200);
            sessionCookie = alice.cookie("DUPLIWATCH_SESSION");
        }

        assertThat(resetPassword("alice")).isZero();

        Matcher printed = Pattern.compile("New one-time password for 'alice': (\\S+)").matcher(output.getOut());
        assertThat(printed.find()).isTrue();
        try (ConfigurableApplicationContext server = start()) {
            Http http = http(server);
            assertThat(http.withHeader("Cookie", "DUPLIWATCH_SESSION=" + sessionCookie).get("/api/users").status())
                    .as("the old session is gone").isEqualTo(401);
            assertThat(http.browser().submitLogin("alice", PASSWORD).header("Location")).endsWith("/login?error");
            assertThat(http.browser().submitLogin("alice", printed.group(1)).header("Location")).endsWith("/account/password");
            assertThat(server.getBean(JdbcClient.class)
                    .sql("SELECT actor FROM audit_log WHERE action = 'user_password_reset'").query(String.class).list())
                    .containsExactly("cli");
        }
    }

    @Test
    void anUnknownUserIsAFailure(CapturedOutput output) {
        try (ConfigurableApplicationContext server = start()) {
            server.getBean(Accounts.class).create("alice", Role.ADMIN, PASSWORD, false);
        }

        assertThat(resetPassword("nobody")).isEqualTo(1);

        assertThat(output.getErr()).contains("No user named 'nobody'");
    }

    @Test
    void theCommandCreatesNoAccountOnAnEmptyDatabase(CapturedOutput output) {
        assertThat(resetPassword("admin")).isEqualTo(1);

        assertThat(output.getErr()).contains("No user named 'admin'");
        assertThat(output.getAll()).doesNotContain("First start");
    }

    @Test
    void runsWhenTheServersStartCommandEnablesSpringAot(CapturedOutput output) {
        // The Docker image starts with -Dspring.aot.enabled=true; its commands must still build their own context.
        System.setProperty("spring.aot.enabled", "true");
        try {
            assertThat(resetPassword("admin")).isEqualTo(1);
        }
        finally {
            System.clearProperty("spring.aot.enabled");
        }

        assertThat(output.getErr()).contains("No user named 'admin'");
    }

    @Test
    void withSqliteItRefusesWhileTheServerRuns(CapturedOutput output) {
        try (ConfigurableApplicationContext server = start()) {
            server.getBean(Accounts.class).create("alice", Role.ADMIN, PASSWORD, false);

            assertThat(resetPassword("alice")).isEqualTo(1);

            assertThat(output.getErr()).contains("stop it first");
        }
    }

    private int resetPassword(String username) {
        String[] options = TestDatabases.commandLine("dupliwatch.data-dir=" + dataDir);
        return Subcommands.run(DupliwatchApplication.class,
                Stream.concat(Stream.of("reset-password", username), Stream.of(options)).toArray(String[]::new));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(DupliwatchApplication.class)
                .run(TestDatabases.commandLine("server.port=0", "dupliwatch.data-dir=" + dataDir));
    }

    private static Http http(ConfigurableApplicationContext context) {
        return new Http(((WebServerApplicationContext) context).getWebServer().getPort());
    }
}
