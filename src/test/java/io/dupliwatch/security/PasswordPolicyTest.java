package io.dupliwatch.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy(LoginThrottleTest.properties(5, 20));

    @Test
    void acceptsALongPassphrase() {
        policy.check("alice", "correct horse battery staple");
    }

    @Test
    void refusesShortPasswordsNamingTheField() {
        assertThatThrownBy(() -> policy.check("alice", "Sh0rt!pass"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"))
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void countsCharactersNotBytes() {
        policy.check("alice", "ééééééééééabcd");
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
            policy.check("alice", policy.oneTimePassword());
        }
        assertThat(policy.oneTimePassword()).hasSize(20).doesNotContain("0", "O", "1", "l", "I");
    }
}
