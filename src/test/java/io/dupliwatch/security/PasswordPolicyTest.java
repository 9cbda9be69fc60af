package io.dupliwatch.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy(LoginThrottleTest.properties(5, 20));

    @Test
    void acceptsALongPassphrase() {
        assertThatCode(() -> policy.check("alice", "correct horse battery staple")).doesNotThrowAnyException();
    }

    @Test
    void refusesShortPasswordsNamingTheField() {
        assertThatThrownBy(() -> policy.check("alice", "Sh0rt!pass"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"))
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatCode(() -> policy.check("alice", "ééééééééééabcd")).as("14 characters").doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("alice", "éééééééabcd")).as("11 characters, 18 bytes")
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void refusesMoreThanBcryptReads() {
        assertThatThrownBy(() -> policy.check("alice", "é".repeat(37))).hasMessageContaining("72 bytes");
    }

    @Test
    void refusesThePasswordBuiltOnTheUserName() {
        assertThatThrownBy(() -> policy.check("alice", "Alice-is-my-password")).hasMessageContaining("user name");
    }

    @Test
    void refusesRepeatedCharacters() {
        assertThatThrownBy(() -> policy.check("alice", "aaaaaaaaaaaaaaaa")).hasMessageContaining("different characters");
    }

    @Test
    void oneTimePasswordsPassThePolicy() {
        for (int i = 0; i < 50; i++) {
            String oneTimePassword = policy.oneTimePassword();
            assertThatCode(() -> policy.check("alice", oneTimePassword)).as(oneTimePassword).doesNotThrowAnyException();
        }
        assertThat(policy.oneTimePassword()).hasSize(20).doesNotContain("0", "O", "1", "l", "I");
    }
}
