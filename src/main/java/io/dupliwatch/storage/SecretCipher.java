package io.dupliwatch.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.dupliwatch.errors.DomainException;

import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (channel passwords and tokens, Duplicati passwords) with AES-256-GCM.
 * <p>
 * The 256-bit key lives in {@code secret.key} in the data directory; it is created with mode 0600 the first
 * time a secret is encrypted or decrypted. Each value gets a fresh random 96-bit IV and is stored as
 * {@code v1:<base64(iv | ciphertext | tag)>}. Losing or replacing the key file makes stored secrets
 * unreadable ({@link UndecryptableSecretException}); it never yields wrong plaintext.
 */
@Component
public class SecretCipher {

    static final String KEY_FILE = "secret.key";

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final String FORMAT_PREFIX = "v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();
    private SecretKey key;

    public SecretCipher(StorageProperties storage) {
        this.keyFile = storage.dataDir().resolve(KEY_FILE);
    }

    public String encrypt(String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return FORMAT_PREFIX + Base64.getEncoder().encodeToString(out);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(FORMAT_PREFIX)) {
            throw new UndecryptableSecretException("not an encrypted secret", null);
        }
        byte[] in;
        try {
            in = Base64.getDecoder().decode(stored.substring(FORMAT_PREFIX.length()));
        }
        catch (IllegalArgumentException e) {
            throw new UndecryptableSecretException("malformed encrypted secret", e);
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new UndecryptableSecretException("encrypted secret is truncated", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        }
        catch (AEADBadTagException e) {
            throw new UndecryptableSecretException("secret was altered or encrypted with another key", e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private synchronized SecretKey key() {
        if (key == null) {
            key = new SecretKeySpec(readOrCreateKey(), "AES");
        }
        return key;
    }

    private byte[] readOrCreateKey() {
        try {
            if (Files.notExists(keyFile)) {
                createKeyFile();
            }
            byte[] bytes = Files.readAllBytes(keyFile);
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException("Secret key file " + keyFile.toAbsolutePath() + " must hold exactly "
                        + KEY_BYTES + " bytes, found " + bytes.length);
            }
            OwnerOnlyFiles.restrict(keyFile);
            return bytes;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create secret key file " + keyFile.toAbsolutePath(), e);
        }
    }

    private void createKeyFile() throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        OwnerOnlyFiles.directory(keyFile.getParent());
        try {
            if (isPosix()) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            else {
                Files.createFile(keyFile);
            }
        }
        catch (FileAlreadyExistsException e) {
            return; // created meanwhile by another process: use that key
        }
        Files.write(keyFile, bytes);
        log.info("Created secret key file {}; back it up with the database, secrets cannot be read without it",
                keyFile.toAbsolutePath());
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** A stored secret that cannot be decrypted: altered, truncated, or encrypted with another key. */
    public static class UndecryptableSecretException extends DomainException {

        UndecryptableSecretException(String message, Throwable cause) {
            super(Kind.CONFLICT, "Stored secret cannot be decrypted", "The stored secret cannot be decrypted (" + message
                    + "): was secret.key replaced? Save it again", Map.of(), cause);
        }
    }
}
