package io.dupliwatch.storage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.SQLExceptionOverride;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * SQLite connections whose transaction could not begin or end leave the pool. The driver flips its auto-commit flag
 * before it runs BEGIN or COMMIT; when that statement fails (say SQLITE_BUSY after the busy timeout), the
 * connection believes it is in a transaction that does not exist, and every later transaction on it fails with
 * "cannot commit - no transaction is active". Connections from this data source report such a failure as a
 * {@link BrokenTransactionException}, and {@link #EVICTION} has HikariCP close them instead of pooling them again.
 * (PostgreSQL's driver reports a broken connection with an SQLState that HikariCP already evicts on.)
 */
final class TransactionBoundaryGuard extends DelegatingDataSource {

    /** For {@code HikariConfig.setExceptionOverride}. */
    static final SQLExceptionOverride EVICTION = new SQLExceptionOverride() {
        @java.lang.Override
        public Override adjudicate(SQLException e) {
            return e instanceof BrokenTransactionException ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
        }
    };

    private static final Set<String> BOUNDARIES = Set.of("setAutoCommit", "commit", "rollback");

    TransactionBoundaryGuard(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guard(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guard(super.getConnection(username, password));
    }

    private static Connection guard(Connection connection) {
        return (Connection) Proxy.newProxyInstance(TransactionBoundaryGuard.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    try {
                        return method.invoke(connection, args);
                    }
                    catch (InvocationTargetException e) {
                        if (e.getCause() instanceof SQLException failure && BOUNDARIES.contains(method.getName())) {
                            throw new BrokenTransactionException(method.getName(), failure);
                        }
                        throw e.getCause();
                    }
                });
    }

    /** Beginning (auto-commit off), committing or rolling back failed: the connection's state is unknown. */
    static final class BrokenTransactionException extends SQLException {

        BrokenTransactionException(String boundary, SQLException cause) {
            super(boundary + " failed: " + cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        }
    }
}
