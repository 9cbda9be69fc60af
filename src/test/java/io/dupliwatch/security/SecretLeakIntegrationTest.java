package io.dupliwatch.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.DatabaseCleaner;
import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.IntegrationTest;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.TestAdminToken;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stores every kind of secret, then calls every GET endpoint the application has (found from its handler
 * mappings, so endpoints added by other features are covered too) as an admin: no answer may contain a secret,
 * nor the stored digest of one (except the database backup, which is the database).
 */
@IntegrationTest
class SecretLeakIntegrationTest {

    static final String CHOSEN_PASSWORD = "correct horse battery staple";
    static final String SERVER = "3f1c9a7be2d04c6f9a51d8e0b7c4a2f3";
    /** The whole database for admins: digests are in it by nature, secrets themselves must not be. */
    static final String DATABASE_BACKUP = "/api/admin/backup";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noGetEndpointAnswersWithAStoredSecret() {
        DatabaseCleaner.clean(jdbc);
        Http anonymous = new Http(port);
        Http token = anonymous.asAdmin();
        List<String> secrets = new ArrayList<>(List.of(CHOSEN_PASSWORD));
        assertThat(anonymous.upload(Samples.bytes("duplicati/backup-success.json")).status()).isEqualTo(200);
        assertThat(token.postJson("/api/users", "{\"username\": \"alice\", \"role\": \"admin\", \"password\": \""
                + CHOSEN_PASSWORD + "\"}").status()).isEqualTo(201);
        secrets.add(token.postJson("/api/users", "{\"username\": \"bob\"}").json().get("oneTimePassword").stringValue());
        secrets.add(token.postJson("/api/tokens", "{\"name\": \"homepage\", \"scopes\": [\"read\"]}").json()
                .get("value").stringValue());
        secrets.add(token.postJson("/api/ingest-secrets/" + SERVER, "").json().get("secret").stringValue());
        secrets.add(TestAdminToken.VALUE);
        List<String> digests = new ArrayList<>();
        digests.addAll(jdbc.sql("SELECT password_hash FROM users").query(String.class).list());
        digests.addAll(jdbc.sql("SELECT token_hash FROM api_tokens").query(String.class).list());
        digests.addAll(jdbc.sql("SELECT secret_hash FROM ingest_secrets").query(String.class).list());
        Http admin = anonymous.login("alice", CHOSEN_PASSWORD);

        Set<String> paths = everyGetPath();
        assertThat(paths).contains("/api/users", "/api/tokens", "/api/audit", "/api/audit/export",
                "/api/ingest-secrets", "/settings/users", "/settings/tokens", "/settings/audit", "/api/summary");
        for (String path : paths) {
            for (Http caller : List.of(admin, token)) {
                Http.Reply reply = caller.get(path);
                String everything = reply.body() + reply.response().headers().map();
                for (String secret : secrets) {
                    assertThat(everything).as(path + " must not reveal secret #" + secrets.indexOf(secret)).doesNotContain(secret);
                }
                if (!path.startsWith(DATABASE_BACKUP)) {
                    for (String digest : digests) {
                        assertThat(everything).as(path + " must not reveal a stored digest").doesNotContain(digest);
                    }
                }
            }
        }
    }

    private Set<String> everyGetPath() {
        Set<String> paths = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                for (String pattern : info.getPatternValues()) {
                    paths.add(pattern.replaceAll("\\{serverId}", SERVER).replaceAll("\\{[^}]+}", "1")
                            .replace("/**", "/x"));
                }
            }
        });
        paths.add("/api/audit/export?format=json");
        return paths;
    }
}
