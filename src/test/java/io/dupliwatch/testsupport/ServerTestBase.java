package io.dupliwatch.testsupport;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of tests that talk to the real server over HTTP: each test starts on an empty database with a client
 * ({@link #http}) pointed at the server and direct SQL access ({@link #jdbc}) to check stored rows.
 */
@IntegrationTest
public abstract class ServerTestBase {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Http http;

    @BeforeEach
    void emptyDatabaseAndClient() {
        DatabaseCleaner.clean(jdbc);
        http = new Http(port);
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
