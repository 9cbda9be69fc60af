package io.dupliwatch.storage;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * One DataSource for both stores. SQLite gets WAL, a busy timeout and IMMEDIATE transactions: a write
 * transaction takes the write lock up front, so concurrent uploads queue instead of failing with
 * SQLITE_BUSY when a reader tries to upgrade; they queue in the JVM ({@link SqliteTransactionManager}).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    static final int SQLITE_BUSY_TIMEOUT_MS = 30_000;
    /** Prepared statements kept per SQLite connection: every statement of the upload path and the read API. */
    static final int SQLITE_STATEMENT_CACHE_SIZE = 100;

    @Bean
    HikariDataSource dataSource(StorageProperties storage, DatasourceProperties props,
                                ObjectProvider<DataDirectoryLock> dataDirectoryLock) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("dupliwatch");
        if (props.isEmbedded()) {
            dataDirectoryLock.getObject();
            Path dataDir = createDataDir(storage.dataDir());
            if (props.url().isBlank()) {
                // SQLite gives the -wal and -shm files the database file's mode.
                OwnerOnlyFiles.create(dataDir.resolve("dupliwatch.db"));
            }
            String url = props.url().isBlank()
                    ? "jdbc:sqlite:" + dataDir.resolve("dupliwatch.db").toAbsolutePath()
                    : props.url();
            SQLiteDataSource sqlite = new SQLiteDataSource(sqlitePragmas());
            sqlite.setUrl(url);
            hikari.setDataSource(new StatementCachingDataSource(new TransactionBoundaryGuard(sqlite),
                    SQLITE_STATEMENT_CACHE_SIZE));
            hikari.setExceptionOverride(TransactionBoundaryGuard.EVICTION);
            hikari.setMaximumPoolSize(Math.max(2, props.maxPoolSize()));
        }
        else {
            hikari.setJdbcUrl(props.url());
            hikari.setUsername(props.username());
            hikari.setPassword(props.password());
            hikari.setMaximumPoolSize(props.maxPoolSize());
        }
        return new HikariDataSource(hikari);
    }

    /** Replaces Boot's JdbcTransactionManager (same customizers); on SQLite one that queues for the write lock. */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, DatasourceProperties props,
                                              ObjectProvider<TransactionManagerCustomizers> customizers) {
        JdbcTransactionManager manager = props.isEmbedded()
                ? new SqliteTransactionManager(dataSource, Duration.ofMillis(SQLITE_BUSY_TIMEOUT_MS))
                : new JdbcTransactionManager(dataSource);
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    /** Created (and the directory locked) only for SQLite, before the pool opens the file; released at shutdown. */
    @Bean
    @Lazy
    DataDirectoryLock dataDirectoryLock(StorageProperties storage) {
        return DataDirectoryLock.acquire(createDataDir(storage.dataDir()));
    }

    private static SQLiteConfig sqlitePragmas() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Inserts return what they need with RETURNING; otherwise the driver runs "SELECT last_insert_rowid()"
        // after every INSERT and keeps it open on the statement (which blocks VACUUM on cached statements).
        config.setGetGeneratedKeys(false);
        return config;
    }

    private static Path createDataDir(Path dataDir) {
        return OwnerOnlyFiles.directory(dataDir);
    }
}
