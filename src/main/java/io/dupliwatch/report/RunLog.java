package io.dupliwatch.report;

import java.util.List;

/** The text a run produced: all messages, and the warnings and errors among them. */
public record RunLog(List<String> messages, List<String> warnings, List<String> errors) {

    public static final RunLog EMPTY = new RunLog(List.of(), List.of(), List.of());

    public RunLog {
        messages = List.copyOf(messages);
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }
}
