-- Leases that let one instance of a cluster run a piece of scheduled work (see io.dupliwatch.cluster.ClusterLock).
-- A lease is free when locked_until (epoch ms) has passed; it is taken by a conditional UPDATE.
CREATE TABLE cluster_locks (
    name            TEXT    NOT NULL PRIMARY KEY,
    locked_until    BIGINT  NOT NULL,
    locked_at       BIGINT  NOT NULL,
    locked_by       TEXT    NOT NULL
);

-- HTTP sessions shared by every instance (Spring Session JDBC's own schema; spring.session.jdbc.initialize-schema=never).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID              CHAR(36)     NOT NULL,
    SESSION_ID              CHAR(36)     NOT NULL,
    CREATION_TIME           BIGINT       NOT NULL,
    LAST_ACCESS_TIME        BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL   INT          NOT NULL,
    EXPIRY_TIME             BIGINT       NOT NULL,
    PRINCIPAL_NAME          VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID      CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME          VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES         BLOB        NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
