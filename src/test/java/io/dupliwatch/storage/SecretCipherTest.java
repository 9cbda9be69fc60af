package io.dupliwatch.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretCipherTest {

    @TempDir
    Path dataDir;

    private SecretCipher cipher() {
        return new SecretCipher(new StorageProperties(dataDir));
    }

    @Test
    void encryptedSecretDecryptsToTheOriginalText() {
        SecretCipher cipher = cipher();

        String stored = cipher.encrypt("pä$$wörd with ünïcode ✓");

        assertThat(stored).startsWith("v1:").doesNotContain("pä$$wörd");
        assertThat(cipher.decrypt(stored)).isEqualTo("pä$$wörd with ünïcode ✓");
    }

    @Test
    void sameSecretEncryptsDifferentlyEachTime() {
        SecretCipher cipher = cipher();

        assertThat(cipher.encrypt("token")).isNotEqualTo(cipher.encrypt("token"));
    }

    @Test
    void anotherInstanceOnTheSameDataDirReadsStoredSecrets() {
        String stored = cipher().encrypt("smtp-password");

        assertThat(cipher().decrypt(stored)).isEqualTo("smtp-password");
    }

    @Test
    void keyFileIsCreatedOnFirstUseReadableByOwnerOnly() throws Exception {
        SecretCipher cipher = cipher();
        Path keyFile = dataDir.resolve("secret.key");
        assertThat(keyFile).doesNotExist();

        cipher.encrypt("x");

        assertThat(keyFile).exists();
        assertThat(Files.size(keyFile)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void alteredCiphertextIsRejected() {
        SecretCipher cipher = cipher();
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("token").substring(3));
        raw[raw.length - 20] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);

        assertThatThrownBy(() -> cipher.decrypt(tampered))
                .isInstanceOf(SecretCipher.UndecryptableSecretException.class)
                .hasMessageContaining("altered or encrypted with another key");
    }

    @Test
    void secretFromAnotherKeyIsRejected(@TempDir Path otherDataDir) {
        String foreign = new SecretCipher(new StorageProperties(otherDataDir)).encrypt("token");

        assertThatThrownBy(() -> cipher().decrypt(foreign))
                .isInstanceOf(SecretCipher.UndecryptableSecretException.class);
    }

    @Test
    void plainTextIsNotMistakenForASecret() {
        assertThatThrownBy(() -> cipher().decrypt("hunter2"))
                .isInstanceOf(SecretCipher.UndecryptableSecretException.class);
        assertThatThrownBy(() -> cipher().decrypt("v1:AAAA"))
                .isInstanceOf(SecretCipher.UndecryptableSecretException.class);
    }
}
