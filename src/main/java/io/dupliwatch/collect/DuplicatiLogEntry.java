package io.dupliwatch.collect;

import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One row of {@code GET /api/v1/backup/{id}/log}: an operation's stored result (reference section 7).
 *
 * @param id        row id, growing per job database
 * @param writtenAt when the row was written, i.e. the end of the operation
 * @param result    the parsed {@code Message}, the same result object a pushed report carries as {@code Data};
 *                  {@code null} when the message is not JSON (rows written before Duplicati 2.0.4)
 */
record DuplicatiLogEntry(long id, Instant writtenAt, ObjectNode result) {

    static DuplicatiLogEntry fromJson(JsonNode row, JsonMapper json) {
        if (!row.path("ID").isIntegralNumber()) {
            throw new DuplicatiException(DuplicatiProblem.NOT_DUPLICATI, "a log row without a numeric ID");
        }
        return new DuplicatiLogEntry(row.path("ID").asLong(), Instant.ofEpochSecond(row.path("Timestamp").asLong(0)),
                parseMessage(DuplicatiJson.text(row.path("Message")), json));
    }

    private static ObjectNode parseMessage(String message, JsonMapper json) {
        if (message == null || !message.stripLeading().startsWith("{")) {
            return null;
        }
        try {
            return json.readTree(message) instanceof ObjectNode object ? object : null;
        }
        catch (JacksonException e) {
            return null;
        }
    }

    /** {@code Backup}, {@code Test}, {@code Compact}… ; {@code null} for an unreadable message. */
    String mainOperation() {
        return result == null ? null : DuplicatiJson.text(result.path("MainOperation"));
    }

    boolean isBackup() {
        return "Backup".equals(mainOperation());
    }
}
