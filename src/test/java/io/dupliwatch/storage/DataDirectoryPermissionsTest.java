package io.dupliwatch.storage;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What another user of the machine can read in the data directory once the server has started: nothing. */
class DataDirectoryPermissionsTest {

    @TempDir
    Path parent;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    @Test
    void aNewDataDirectoryAndItsDatabaseFilesAreOwnerOnly() throws Exception {
        Path dir = parent.resolve("data");

        startAndWrite(dir, () -> {
            assertThat(mode(dir)).isEqualTo("rwx------");
            for (String file : new String[] {"dupliwatch.db", "dupliwatch.db-wal", "dupliwatch.db-shm", "dupliwatch.lock"}) {
                assertThat(dir.resolve(file)).exists();
                assertThat(mode(dir.resolve(file))).as(file).isEqualTo("rw-------");
            }
        });
    }

    @Test
    void anExistingInstallWithReadableFilesIsRestrictedAtStartAndKeepsItsData() throws Exception {
        Path dir = Files.createDirectories(parent.resolve("data"));
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("dupliwatch.db"));
             Statement statement = old.createStatement()) {
            statement.execute("CREATE TABLE kept (v TEXT)");
            statement.execute("INSERT INTO kept VALUES ('old data')");
        }
        Files.write(dir.resolve(SecretCipher.KEY_FILE), new byte[32]);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(dir.resolve("dupliwatch.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir.resolve(SecretCipher.KEY_FILE), PosixFilePermissions.fromString("rw-r--r--"));

        String kept = startAndWrite(dir, () -> {
            assertThat(mode(dir)).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("dupliwatch.db"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("dupliwatch.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve(SecretCipher.KEY_FILE))).isEqualTo("rw-------");
        });

        assertThat(kept).isEqualTo("old data");
    }

    /**
     * Opens the server's data source on {@code dir} and writes, so that SQLite creates its -wal and -shm files;
     * checks while it is open (SQLite removes them when the last connection closes).
     */
    private static String startAndWrite(Path dir, ThrowingRunnable whileOpen) throws Exception {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        DataSourceConfiguration configuration = new DataSourceConfiguration();
        beans.registerSingleton("dataDirectoryLock", configuration.dataDirectoryLock(new StorageProperties(dir)));
        try (DataDirectoryLock lock = beans.getBean(DataDirectoryLock.class);
             HikariDataSource dataSource = configuration.dataSource(new StorageProperties(dir),
                     new DatasourceProperties("", "", "", 2), beans.getBeanProvider(DataDirectoryLock.class))) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("CREATE TABLE IF NOT EXISTS kept (v TEXT)").update();
            jdbc.sql("INSERT INTO kept VALUES ('new data')").update();
            whileOpen.run();
            return jdbc.sql("SELECT v FROM kept ORDER BY rowid LIMIT 1").query(String.class).single();
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
