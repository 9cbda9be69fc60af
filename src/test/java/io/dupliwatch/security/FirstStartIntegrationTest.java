package io.dupliwatch.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server started on an empty database: the one-time admin password, the forced change, then the
 * {@code reset-password} command against the same database. One story, in order, on a context of its own.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstStartIntegrationTest {

    static final String NEW_PASSWORD = "a brand new passphrase of mine";

    @LocalServerPort
    int port;

    @Value("${dupliwatch.data-dir}")
    Path dataDir;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Order(1)
    void firstStartCreatesAdminWithAOneTimePasswordInAnOwnerOnlyFileAndTheLog(CapturedOutput output) throws IOException {
        Path file = dataDir.resolve("initial-admin-password");

        assertThat(file).exists();
        assertThat(output.getAll().split(Pattern.quote(initialPassword()), -1)).as("printed exactly once").hasSize(2);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(jdbc.sql("SELECT username, role, must_change_password FROM users")
                .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getBoolean(3)).list())
                .containsExactly("admin:admin:true");
        assertThat(jdbc.sql("SELECT action FROM audit_log").query(String.class).list()).contains("user_created");
    }

    @Test
    @Order(2)
    void theOneTimePasswordOnlyOpensTheChangePasswordPage() throws IOException {
        Http admin = new Http(port).login("admin", initialPassword());

        Http.Reply page = admin.get("/settings/users");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/account/password");
        Http.Reply api = admin.get("/api/servers");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.json().get("error").stringValue()).contains("Password change required");
        assertThat(admin.readCsrfToken("/account/password").body()).contains("one-time password")
                .doesNotContain("currentPassword");
    }

    @Test
    @Order(3)
    void aTooShortPasswordIsRefusedWithTheReason() throws IOException {
        Http admin = new Http(port).login("admin", initialPassword());

        Http.Reply reply = admin.postForm("/account/password", Map.of("password", "short", "confirm", "short"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("at least 12 characters");
    }

    @Test
    @Order(4)
    void changingItOpensEverythingAndDeletesTheFile() throws IOException {
        Http admin = new Http(port).login("admin", initialPassword());

        Http.Reply reply = admin.postForm("/account/password", Map.of("password", NEW_PASSWORD, "confirm", NEW_PASSWORD));

        assertThat(reply.status()).isEqualTo(302);
        assertThat(dataDir.resolve("initial-admin-password")).doesNotExist();
        assertThat(admin.get("/settings/users").status()).isEqualTo(200);
        assertThat(admin.get("/api/users").status()).isEqualTo(200);
        assertThat(new Http(port).browser().submitLogin("admin", NEW_PASSWORD).header("Location")).doesNotContain("/login");
    }

    @Test
    @Order(5)
    void resetPasswordCommandPrintsANewOneTimePasswordAndEndsSessions() {
        Http admin = new Http(port).login("admin", NEW_PASSWORD);
        assertThat(admin.get("/api/users").status()).isEqualTo(200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = PasswordResetCommand.run(new String[] {"reset-password", "admin", "--dupliwatch.data-dir=" + dataDir},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        Matcher printed = Pattern.compile("New one-time password for 'admin': (\\S+)").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(printed.find()).isTrue();
        assertThat(admin.get("/api/users").status()).as("old session ended").isEqualTo(401);
        Http again = new Http(port).login("admin", printed.group(1));
        assertThat(again.get("/api/users").status()).as("must change first").isEqualTo(403);
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'user_password_reset'").query(String.class).list())
                .containsExactly("cli");
    }

    @Test
    @Order(6)
    void resetPasswordCommandFailsForAnUnknownUser() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = PasswordResetCommand.run(new String[] {"reset-password", "nobody", "--dupliwatch.data-dir=" + dataDir},
                System.out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No user named 'nobody'");
    }

    private String initialPassword() throws IOException {
        return Files.readString(dataDir.resolve("initial-admin-password")).trim();
    }
}
