package io.dupliwatch.notify;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title and body with {@code {variable}} placeholders. */
record NotificationTemplate(String title, String body) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    /** Replaces every known placeholder; unknown ones stay as written. */
    static String fill(String text, Map<String, String> variables) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = variables.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Placeholder names in {@code text} that are not variables. */
    static Set<String> unknownVariables(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (!MessageVariables.NAMES.contains(matcher.group(1))) {
                unknown.add("{" + matcher.group(1) + "}");
            }
        }
        return unknown;
    }
}
