package io.dupliwatch.report;

/** How a run reached Dupliwatch. Only pushed runs are news; collected and imported runs are history. */
public enum RunSource {
    /** Posted by Duplicati to {@code /api/upload}. */
    PUSH,
    /** Pulled from a Duplicati server's stored job log. */
    COLLECT,
    /** Imported from another tool's database. */
    IMPORT;

    public boolean isLive() {
        return this == PUSH;
    }
}
