package io.dupliwatch.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConnection;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's SQLite data source, as {@link DataSourceConfiguration} builds it. */
class SqliteDataSourceTest {

    @TempDir
    Path dir;

    private DataDirectoryLock lock;
    private HikariDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void open() {
        lock = DataDirectoryLock.acquire(dir);
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("dataDirectoryLock", lock);
        dataSource = new DataSourceConfiguration().dataSource(new StorageProperties(dir),
                new DatasourceProperties("", "", "", 1), beans.getBeanProvider(DataDirectoryLock.class));
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterEach
    void close() throws Exception {
        dataSource.close();
        lock.close();
    }

    @Test
    void theDatabaseRunsInWalModeWithForeignKeys() {
        assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualTo("wal");
        assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("PRAGMA synchronous").query(Integer.class).single()).isOne(); // NORMAL
    }

    @Test
    void statementsUsedAndClosedOnAConnectionLetItVacuum() throws Exception {
        jdbc.sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)").update();
        for (int i = 0; i < 3; i++) {
            jdbc.sql("INSERT INTO t (v) VALUES (:v)").param("v", "row " + i).update();
            jdbc.sql("INSERT INTO t (v) VALUES (:v) RETURNING id").param("v", "returned " + i).query(Long.class).single();
            jdbc.sql("SELECT v FROM t ORDER BY id").query(String.class).list();
        }
        Path copy = dir.resolve("copy.db");

        jdbc.sql("VACUUM INTO :file").param("file", copy.toString()).update();

        assertThat(Files.size(copy)).isPositive();
    }

    @Test
    void aConnectionWhoseTransactionCouldNotBeginLeavesThePool() throws Exception {
        jdbc.sql("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)").update();
        SQLiteConnection broken;
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dupliwatch.db"));
             Statement lock = other.createStatement()) {
            lock.execute("BEGIN IMMEDIATE");
            try (Connection pooled = dataSource.getConnection(); Statement quick = pooled.createStatement()) {
                broken = pooled.unwrap(SQLiteConnection.class);
                quick.execute("PRAGMA busy_timeout = 50");
                assertThatThrownBy(() -> pooled.setAutoCommit(false)).isInstanceOf(SQLException.class)
                        .hasMessageContaining("SQLITE_BUSY");
            }
            lock.execute("ROLLBACK");
        }

        // Every connection the pool hands out now can run a transaction, and none is the broken one.
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            for (Connection connection : List.of(first, second)) {
                assertThat(connection.unwrap(SQLiteConnection.class)).isNotSameAs(broken);
                assertThat(connection.getAutoCommit()).isTrue();
                connection.setAutoCommit(false);
                try (Statement insert = connection.createStatement()) {
                    insert.executeUpdate("INSERT INTO t (v) VALUES ('after')");
                }
                connection.commit();
                connection.setAutoCommit(true);
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM t").query(Integer.class).single()).isEqualTo(2);
    }
}
