package io.dupliwatch.web.users;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.ServerTestBase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal of security's rules reads in the page's language on the account pages, while the API keeps the English
 * text scripts match on.
 */
class RefusalsInTheReadersLanguageIntegrationTest extends ServerTestBase {

    @Test
    void aWrongCurrentPasswordIsExplainedInFrench() {
        Http french = inFrench();

        Http.Reply reply = french.postForm("/account/password",
                Map.of("currentPassword", "not my password", "password", "another long password", "confirm",
                        "another long password"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("Le mot de passe actuel est incorrect.")
                .doesNotContain("The current password is wrong");
    }

    @Test
    void deletingOneselfIsRefusedWithAFrenchToast() {
        Http french = inFrench();
        long me = jdbc.sql("SELECT id FROM users WHERE username = 'tester'").query(Long.class).single();

        assertThat(french.postForm("/settings/users/" + me + "/delete", Map.of()).status()).isEqualTo(302);

        assertThat(french.get("/settings/users").body()).contains("Vous ne pouvez pas supprimer votre propre compte.");
        assertThat(count("users")).isEqualTo(1);
    }

    @Test
    void theSameRefusalIsFrenchOnThePageAndEnglishInTheApi() {
        Http french = inFrench();

        french.postForm("/settings/users", Map.of("username", "x", "role", "viewer"));
        Http.Reply api = admin.withHeader("Accept-Language", "fr").postJson("/api/users",
                "{\"username\": \"x\", \"role\": \"viewer\"}");

        assertThat(french.get("/settings/users").body())
                .contains("Le nom d’utilisateur doit compter de 3 à 50 caractères");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().path("error").stringValue()).startsWith("The user name must have 3 to 50 characters");
    }

    private Http inFrench() {
        Http french = signedIn();
        assertThat(french.postForm("/language", Map.of("lang", "fr", "back", "/")).status()).isEqualTo(302);
        return french;
    }
}
