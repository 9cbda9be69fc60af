package io.dupliwatch.storage;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * Lets transactions on SQLite queue in the JVM for the database's single write lock. Every SQLite transaction is
 * IMMEDIATE (it takes the write lock at BEGIN); when the lock is taken, SQLite's busy handler sleeps 1, 2, 5, 10…
 * up to 100 ms between attempts, so under concurrent uploads the lock sat idle most of the time while writers
 * slept. A fair in-process lock hands it to the next transaction the moment the previous one ends, and threads
 * waiting for it hold no pooled connection. Waiting is bounded by the same busy timeout as before. Work outside
 * this manager (Flyway, another process) still queues in SQLite's busy handler, as it did.
 */
final class SqliteTransactionManager extends JdbcTransactionManager {

    private final transient ReentrantLock writeLock = new ReentrantLock(true);
    private final Duration timeout;

    SqliteTransactionManager(DataSource dataSource, Duration timeout) {
        super(dataSource);
        this.timeout = timeout;
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        acquire();
        try {
            super.doBegin(transaction, definition);
        }
        catch (RuntimeException | Error e) {
            writeLock.unlock();
            throw e;
        }
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        }
        finally {
            writeLock.unlock();
        }
    }

    private void acquire() {
        try {
            if (!writeLock.tryLock(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CannotCreateTransactionException("SQLite write lock not free within " + timeout.toMillis() + " ms");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotCreateTransactionException("Interrupted while waiting for the SQLite write lock", e);
        }
    }
}
