package io.dupliwatch.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

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
}
