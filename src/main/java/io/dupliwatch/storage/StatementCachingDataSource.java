package io.dupliwatch.storage;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * SQLite connections that keep their prepared statements: the driver compiles every {@code prepareStatement}
 * anew (a run insert with 62 columns costs about 0.1 ms to compile) and no pool caches them. Each connection keeps
 * up to {@code size} statements, least recently used first out; a statement the caller closes is reset (so that it
 * holds no read snapshot and blocks no VACUUM, as a closed one would not), its parameters are cleared, and it goes
 * back to the cache; it is closed for real when evicted or when the connection closes. A statement in use is never
 * shared: preparing the same SQL twice before closing it gives a second statement. (PostgreSQL's driver caches
 * server-side statements itself.)
 */
final class StatementCachingDataSource implements DataSource {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(StatementCachingDataSource.class);

    private final DataSource target;
    private final int size;

    StatementCachingDataSource(DataSource target, int size) {
        this.target = target;
        this.size = size;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return cachingConnection(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return cachingConnection(target.getConnection(username, password));
    }

    private Connection cachingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new CachingConnection(connection, size));
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }

    /** The connection's idle statements by {@code prepareStatement} arguments; a statement in use is not in it. */
    private static final class CachingConnection implements InvocationHandler {

        private final Connection connection;
        private final Map<List<Object>, PreparedStatement> idle;

        CachingConnection(Connection connection, int size) {
            this.connection = connection;
            this.idle = new LinkedHashMap<>(size * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, PreparedStatement> eldest) {
                    if (size() > size) {
                        closeDropped(eldest.getValue());
                        return true;
                    }
                    return false;
                }
            };
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "prepareStatement":
                    return prepare(args);
                case "close":
                    closeAll();
                    break;
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                case "isWrapperFor":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
            return delegate(connection, method, args);
        }

        private PreparedStatement prepare(Object[] args) throws SQLException {
            List<Object> key = key(args);
            PreparedStatement statement = idle.remove(key);
            if (statement == null) {
                statement = switch (args.length) {
                    case 1 -> connection.prepareStatement((String) args[0]);
                    case 2 -> args[1] instanceof Integer keys ? connection.prepareStatement((String) args[0], keys)
                            : args[1] instanceof int[] indexes ? connection.prepareStatement((String) args[0], indexes)
                            : connection.prepareStatement((String) args[0], (String[]) args[1]);
                    case 3 -> connection.prepareStatement((String) args[0], (Integer) args[1], (Integer) args[2]);
                    default -> connection.prepareStatement((String) args[0], (Integer) args[1], (Integer) args[2],
                            (Integer) args[3]);
                };
            }
            PreparedStatement physical = statement;
            return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, new CachedStatement(this, key, physical));
        }

        /** Takes a statement its user closed back; a second one for the same SQL is closed. */
        void release(List<Object> key, PreparedStatement statement) throws SQLException {
            if (connection.isClosed()) {
                statement.close();
                return;
            }
            statement.unwrap(CoreStatement.class).pointer.safeRunInt(DB::reset);
            statement.clearParameters();
            statement.clearBatch();
            PreparedStatement previous = idle.putIfAbsent(key, statement);
            if (previous != null) {
                statement.close();
            }
        }

        private void closeAll() {
            for (Iterator<PreparedStatement> it = idle.values().iterator(); it.hasNext(); ) {
                closeDropped(it.next());
                it.remove();
            }
        }

        private static List<Object> key(Object[] args) {
            List<Object> key = new ArrayList<>(args.length);
            for (Object arg : args) {
                key.add(arg instanceof int[] ints ? Arrays.toString(ints)
                        : arg instanceof Object[] names ? Arrays.asList(names) : arg);
            }
            return key;
        }
    }

    /** What the caller holds: the physical statement, returned to the cache on close. */
    private static final class CachedStatement implements InvocationHandler {

        private final CachingConnection owner;
        private final List<Object> key;
        private final PreparedStatement statement;
        private boolean closed;

        CachedStatement(CachingConnection owner, List<Object> key, PreparedStatement statement) {
            this.owner = owner;
            this.key = key;
            this.statement = statement;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close":
                    if (!closed) {
                        closed = true;
                        owner.release(key, statement);
                    }
                    return null;
                case "isClosed":
                    return closed || statement.isClosed();
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return proxy;
                    }
                    break;
                case "isWrapperFor":
                    if (((Class<?>) args[0]).isInstance(proxy)) {
                        return true;
                    }
                    break;
                default:
                    if (closed) {
                        throw new SQLException("Statement is closed");
                    }
                    break;
            }
            return delegate(statement, method, args);
        }
    }

    private static Object delegate(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Closes a statement leaving the cache; a failure is logged, not thrown: nobody is using it any more. */
    private static void closeDropped(PreparedStatement statement) {
        try {
            statement.close();
        }
        catch (SQLException e) {
            log.warn("Could not close a cached SQLite statement", e);
        }
    }
}
