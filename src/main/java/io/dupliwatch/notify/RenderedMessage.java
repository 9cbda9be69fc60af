package io.dupliwatch.notify;

import java.util.Map;

/**
 * A notification ready to send: text rendered from a template, plus the event's raw facts for channels that
 * post structured data (webhook).
 *
 * @param data event facts as JSON-friendly values (numbers, ISO instants, strings)
 */
public record RenderedMessage(EventKind event, String title, String body, Map<String, Object> data) {

    public RenderedMessage {
        data = Map.copyOf(data);
    }

    public String titleAtMost(int maxChars) {
        return shorten(title, maxChars);
    }

    public String bodyAtMost(int maxChars) {
        return shorten(body, maxChars);
    }

    private static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
