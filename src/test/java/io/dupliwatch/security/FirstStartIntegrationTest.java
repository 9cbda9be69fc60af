package io.dupliwatch.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
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
 * A server started on an empty database: the one-time admin password and the forced change. One story, in order,
 * on a context of its own.
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

    private String initialPassword() throws IOException {
        return Files.readString(dataDir.resolve("initial-admin-password")).trim();
    }
}
