-- The session id column holds a SHA-256 hash (64 hex digits) of the id the cookie carries (security/HashedSessionIds).
-- Sessions stored with plain ids end: everyone signs in again.
DELETE FROM SPRING_SESSION_ATTRIBUTES;
DELETE FROM SPRING_SESSION;
ALTER TABLE SPRING_SESSION ALTER COLUMN SESSION_ID TYPE CHAR(64);
