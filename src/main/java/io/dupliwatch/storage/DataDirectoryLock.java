package io.dupliwatch.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on {@code <data-dir>/dupliwatch.lock}, held while a process uses the SQLite database in
 * that directory. A second server, or a {@code restore} while the server runs, fails at start instead of writing
 * under the feet of the first. (Not used with PostgreSQL, where several instances are the point.)
 */
final class DataDirectoryLock implements AutoCloseable {

    static final String FILE_NAME = "dupliwatch.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Dupliwatch process is using " + dataDir.toAbsolutePath()
                        + " (" + FILE_NAME + " is locked): stop it first");
            }
            return new DataDirectoryLock(channel, lock);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file.toAbsolutePath(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        }
        catch (OverlappingFileLockException e) {
            return null; // held by this very JVM
        }
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
