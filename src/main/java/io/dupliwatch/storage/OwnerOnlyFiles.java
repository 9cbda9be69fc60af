package io.dupliwatch.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory and its files are the server's user's alone: the directory 0700, the database (with its
 * {@code -wal} and {@code -shm} files, which SQLite creates with the database's mode), the secret key, the lock and
 * snapshots 0600. New files are created so; files of an older install, or left by another tool, are corrected at
 * start. Nothing happens on file systems without POSIX permissions.
 */
final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory if needed and makes it, and every file directly in it, owner-only. */
    static Path directory(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, DIRECTORY);
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, Files::isRegularFile)) {
                    for (Path file : files) {
                        Files.setPosixFilePermissions(file, FILE);
                    }
                }
            }
            return dir;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create or restrict data directory " + dir.toAbsolutePath(), e);
        }
    }

    /** Creates an empty file readable and writable by the owner only, unless it exists. */
    static void create(Path file) {
        try {
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            }
            else {
                Files.createFile(file);
            }
        }
        catch (java.nio.file.FileAlreadyExistsException e) {
            // kept as it is (its mode was corrected with its directory's)
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file.toAbsolutePath(), e);
        }
    }

    /** Makes an existing file owner-only. */
    static void restrict(Path file) {
        if (!posix()) {
            return;
        }
        try {
            Files.setPosixFilePermissions(file, FILE);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict " + file.toAbsolutePath(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
