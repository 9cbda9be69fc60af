package io.dupliwatch.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ends the stored sessions of an account (Spring Session's table, migration V7_1). Plain SQL, so that the
 * {@code reset-password} command, which runs without the web server (and without Spring Session), ends them too.
 */
@Repository
class UserSessions {

    private final JdbcClient jdbc;

    UserSessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int endAll(String username) {
        return jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :username").param("username", username)
                .update();
    }

    /** Every session of the account except the one identified by {@code keepSessionId}. */
    int endAllExcept(String username, String keepSessionId) {
        return jdbc.sql("DELETE FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :username AND SESSION_ID <> :keep")
                .param("username", username).param("keep", keepSessionId).update();
    }
}
