package io.dupliwatch.report;

/**
 * Whether a server's reports must prove who sends them (an ingest secret, kept by the security feature). A
 * protected server keeps its name: name lookups resolve to it and no other machine-id may take it.
 */
public interface ServerProtection {

    boolean isProtected(String serverId);
}
