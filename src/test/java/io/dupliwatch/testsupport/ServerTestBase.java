package io.dupliwatch.testsupport;

import org.junit.jupiter.api.BeforeEach;

import io.dupliwatch.security.Accounts;
import io.dupliwatch.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of tests that talk to the real server over HTTP: each test starts on an empty database with a client
 * ({@link #http}, anonymous like Duplicati or Homepage; {@link #admin}, with the test admin token for endpoints
 * that need a login) pointed at the server and direct SQL access ({@link #jdbc}) to check stored rows.
 */
@IntegrationTest
public abstract class ServerTestBase {

    protected static final String TEST_PASSWORD = "a long test password";

    @LocalServerPort
    protected int port;

    /** Where the application is served: {@code ""}, or the sub-path a test class sets with {@link SubPath}. */
    @Value("${server.servlet.context-path:}")
    protected String contextPath;

    @Autowired
    protected JdbcClient jdbc;

    protected Http http;

    @Autowired
    private Accounts accounts;

    private Http signedIn;

    protected Http admin;

    @BeforeEach
    void emptyDatabaseAndClient() {
        DatabaseCleaner.clean(jdbc);
        http = new Http(baseUrl());
        admin = http.asAdmin();
        signedIn = null;
    }

    /**
     * A person signed in as admin through the login form (a browser session: cookie and CSRF token), for the
     * pages, which take no tokens. Created on first use in a test, since the database is emptied before each.
     */
    protected Http signedIn() {
        if (signedIn == null) {
            accounts.create("tester", Role.ADMIN, TEST_PASSWORD, false);
            signedIn = new Http(baseUrl()).login("tester", TEST_PASSWORD);
        }
        return signedIn;
    }

    /** The application's address: {@code http://localhost:<port>} and the context path. */
    protected String baseUrl() {
        return "http://localhost:" + port + contextPath;
    }

    protected long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
