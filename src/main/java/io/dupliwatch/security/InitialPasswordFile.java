package io.dupliwatch.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import io.dupliwatch.storage.StorageProperties;

import org.springframework.stereotype.Component;

/** {@code <data-dir>/initial-admin-password}: readable by the owner only, deleted once the password is changed. */
@Component
class InitialPasswordFile {

    static final String NAME = "initial-admin-password";

    private final Path file;

    InitialPasswordFile(StorageProperties storage) {
        this.file = storage.dataDir().resolve(NAME).toAbsolutePath();
    }

    Path path() {
        return file;
    }

    void write(String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }
}
