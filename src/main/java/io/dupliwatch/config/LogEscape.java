package io.dupliwatch.config;

/**
 * Makes a value that came from outside (a report, a live post, a Duplicati server, an HTTP header or parameter)
 * safe to log: control characters (C0, DEL, C1), line and paragraph separators and bidirectional overrides become
 * visible escapes ({@code \n}, {@code \u202E}), so that no value can forge a log line or reorder what a reader sees.
 */
public final class LogEscape {

    private LogEscape() {
    }

    /** The value's text with every such character escaped; {@code "null"} for null. */
    public static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                if (escaped != null) {
                    escaped.append(c);
                }
                continue;
            }
            if (escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(String.format("\\u%04X", (int) c));
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1 (NEL among them)
                || c == 0x061C || c == 0x200E || c == 0x200F // bidi marks
                || (c >= 0x2028 && c <= 0x202E) // line and paragraph separators, bidi embeddings and overrides
                || (c >= 0x2066 && c <= 0x2069); // bidi isolates
    }
}
