package io.dupliwatch.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteTransactionManagerTest {

    @TempDir
    Path dir;

    private DataDirectoryLock directoryLock;
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void openDatabase() {
        // the server's own SQLite setup, with a pool of two connections
        dataSource = new DataSourceConfiguration().dataSource(new StorageProperties(dir),
                new DatasourceProperties("", "", "", 2), lock());
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE counter (n INTEGER NOT NULL)").update();
        jdbc.sql("INSERT INTO counter (n) VALUES (0)").update();
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        dataSource.close();
        directoryLock.close();
    }

    @Test
    void concurrentTransactionsAllCommitWithoutLostUpdates() throws Exception {
        TransactionTemplate transaction = transactions(Duration.ofSeconds(30));
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    transaction.executeWithoutResult(status -> {
                        long n = jdbc.sql("SELECT n FROM counter").query(Long.class).single();
                        jdbc.sql("UPDATE counter SET n = :n").param("n", n + 1).update();
                    });
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }

        assertThat(jdbc.sql("SELECT n FROM counter").query(Long.class).single()).isEqualTo(400);
    }

    @Test
    void transactionsWaitingForTheWriteLockLeaveThePoolToReaders() throws Exception {
        TransactionTemplate transaction = transactions(Duration.ofSeconds(30));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("UPDATE counter SET n = n + 1").update();
            holding.countDown();
            await(release);
        }));
        holding.await();
        List<Future<?>> waiting = new ArrayList<>();
        Set<Thread> waiters = ConcurrentHashMap.newKeySet();
        for (int t = 0; t < 4; t++) {
            waiting.add(threads.submit(() -> {
                waiters.add(Thread.currentThread());
                transaction.executeWithoutResult(status -> jdbc.sql("UPDATE counter SET n = n + 1").update());
            }));
        }
        // All four are blocked (on the write lock, or on the pool if they took a connection first) before the read.
        Awaitility.await("four writers waiting").atMost(Duration.ofSeconds(10)).until(() -> waiters.size() == 4
                && waiters.stream().allMatch(waiter -> waiter.getState() == Thread.State.TIMED_WAITING
                        || waiter.getState() == Thread.State.WAITING));

        Future<Long> read = threads.submit(() -> jdbc.sql("SELECT n FROM counter").query(Long.class).single());

        assertThat(read.get(5, TimeUnit.SECONDS)).isZero();
        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        for (Future<?> w : waiting) {
            w.get(10, TimeUnit.SECONDS);
        }
        assertThat(jdbc.sql("SELECT n FROM counter").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aTransactionThatCannotHaveTheWriteLockInTimeFailsInsteadOfHanging() throws Exception {
        TransactionTemplate transaction = transactions(Duration.ofMillis(300));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> transaction.executeWithoutResult(status -> {
            holding.countDown();
            await(release);
        }));
        holding.await();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> { }))
                .isInstanceOf(CannotCreateTransactionException.class)
                .hasMessageContaining("300 ms");

        release.countDown();
        holder.get(10, TimeUnit.SECONDS);
        transaction.executeWithoutResult(status -> jdbc.sql("UPDATE counter SET n = 7").update());
        assertThat(jdbc.sql("SELECT n FROM counter").query(Long.class).single()).isEqualTo(7);
    }

    private ObjectProvider<DataDirectoryLock> lock() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        directoryLock = DataDirectoryLock.acquire(dir);
        beans.registerSingleton("dataDirectoryLock", directoryLock);
        return beans.getBeanProvider(DataDirectoryLock.class);
    }

    private TransactionTemplate transactions(Duration timeout) {
        return new TransactionTemplate(new SqliteTransactionManager(dataSource, timeout));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
