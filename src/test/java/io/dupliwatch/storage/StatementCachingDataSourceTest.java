package io.dupliwatch.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.jdbc3.JDBC3PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementCachingDataSourceTest {

    private static final String COUNT = "SELECT COUNT(*) FROM t WHERE v >= ?";

    @TempDir
    Path dir;

    private StatementCachingDataSource dataSource;

    @BeforeEach
    void createTable() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setGetGeneratedKeys(false);
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        sqlite.setUrl("jdbc:sqlite:" + dir.resolve("test.db"));
        dataSource = new StatementCachingDataSource(sqlite, 2);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (v INTEGER NOT NULL)");
            s.execute("INSERT INTO t (v) VALUES (1), (2), (3)");
        }
    }

    @Test
    void aClosedStatementIsHandedOutAgainForTheSameSqlWithItsParametersCleared() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement first = c.prepareStatement(COUNT);
            first.setInt(1, 2);
            assertThat(count(first)).isEqualTo(2);
            JDBC3PreparedStatement physical = first.unwrap(JDBC3PreparedStatement.class);
            first.close();

            PreparedStatement second = c.prepareStatement(COUNT);

            assertThat(second.unwrap(JDBC3PreparedStatement.class)).isSameAs(physical);
            second.setInt(1, 3);
            assertThat(count(second)).isOne();
            assertThatThrownBy(() -> first.executeQuery()).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theSameSqlPreparedWhileInUseGetsAStatementOfItsOwn() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement outer = c.prepareStatement(COUNT);
             PreparedStatement inner = c.prepareStatement(COUNT)) {
            outer.setInt(1, 1);
            inner.setInt(1, 3);
            try (ResultSet rows = outer.executeQuery()) {
                rows.next();
                assertThat(count(inner)).isOne();
                assertThat(rows.getLong(1)).isEqualTo(3);
            }
            assertThat(inner.unwrap(JDBC3PreparedStatement.class)).isNotSameAs(outer.unwrap(JDBC3PreparedStatement.class));
        }
    }

    @Test
    void aReusedStatementSeesWhatOtherConnectionsCommitted() throws SQLException {
        try (Connection reader = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            assertThat(countAll(reader)).isEqualTo(3);

            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO t (v) VALUES (4)");
            }

            assertThat(countAll(reader)).isEqualTo(4);
        }
    }

    @Test
    void aStatementClosedBeforeItsLastRowHoldsNoSnapshotAndBlocksNoVacuum() throws SQLException {
        try (Connection reader = dataSource.getConnection(); Connection writer = dataSource.getConnection()) {
            try (PreparedStatement s = reader.prepareStatement("SELECT v FROM t ORDER BY v")) {
                ResultSet rows = s.executeQuery();
                rows.next();
                assertThat(rows.getInt(1)).isOne();
            }
            try (Statement s = writer.createStatement()) {
                s.execute("INSERT INTO t (v) VALUES (4)");
            }

            assertThat(countAll(reader)).isEqualTo(4);
            try (Statement s = reader.createStatement()) {
                s.execute("VACUUM INTO '" + dir.resolve("copy.db") + "'");
            }
        }
    }

    @Test
    void theLeastRecentlyUsedStatementIsClosedBeyondTheCacheSize() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            JDBC3PreparedStatement oldest = closeAfterUse(c.prepareStatement("SELECT 1"));
            JDBC3PreparedStatement kept = closeAfterUse(c.prepareStatement("SELECT 2"));
            closeAfterUse(c.prepareStatement("SELECT 3"));

            assertThat(oldest.isClosed()).isTrue();
            assertThat(kept.isClosed()).isFalse();
        }
    }

    @Test
    void closingTheConnectionClosesItsCachedStatements() throws SQLException {
        JDBC3PreparedStatement cached;
        try (Connection c = dataSource.getConnection()) {
            cached = closeAfterUse(c.prepareStatement(COUNT));
        }
        assertThat(cached.isClosed()).isTrue();
    }

    private static long countAll(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COUNT)) {
            s.setInt(1, 0);
            return count(s);
        }
    }

    private static long count(PreparedStatement s) throws SQLException {
        try (ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static JDBC3PreparedStatement closeAfterUse(PreparedStatement s) throws SQLException {
        JDBC3PreparedStatement physical = s.unwrap(JDBC3PreparedStatement.class);
        s.close();
        return physical;
    }
}
