package io.dupliwatch.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No visible text of the web UI bypasses the message bundles: the templates' text nodes and their {@code title},
 * {@code aria-label}, {@code placeholder} (unless an example value), {@code alt} and {@code data-*} attributes hold
 * only expressions, and the scripts write no words of their own into the page (they read their texts from data
 * attributes the templates fill).
 * Text inside {@code <code>}, {@code <pre>} and {@code <kbd>} is what a person types (Duplicati options, property
 * names), not a sentence, and stays as it is.
 */
class UntranslatedTextTest {

    /** Product and format names: the same in every language. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Dupliwatch", "· Dupliwatch", "CSV", "JSON");

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern TEXT_NODE = Pattern.compile(">([^<>]*)<");
    private static final Pattern TEXT_ATTRIBUTE = Pattern.compile(
            "\\s(title|aria-label|aria-description|placeholder|alt|data-[\\w-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("<(code|pre|kbd|script|style)\\b.*?</\\1>", Pattern.DOTALL);
    /** A JavaScript string literal ('…', "…" or a template literal). */
    private static final Pattern JS_STRING = Pattern.compile("'((?:[^'\\\\\\n]|\\\\.)*)'|\"((?:[^\"\\\\\\n]|\\\\.)*)\"|`([^`]*)`");
    /** Literals a script may hold that are not prose: directives, selectors, CSS, cookies, headers, media queries. */
    private static final Pattern JS_NOT_PROSE = Pattern.compile(
            "use strict|[.#\\[(;:,=]|^[a-z-]+( [a-z-]+)*$|^\\d+px |^Content-Type$|^toast toast-$");

    @Test
    void templatesTakeEveryVisibleTextFromTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : files("src/main/jte", ".jte")) {
            String markup = CODE.matcher(withoutTemplateSyntax(Files.readString(template))).replaceAll(" ");
            Matcher text = TEXT_NODE.matcher(markup);
            while (text.find()) {
                report(found, template, "text", text.group(1));
            }
            Matcher attribute = TEXT_ATTRIBUTE.matcher(markup);
            while (attribute.find()) {
                String value = attribute.group(2);
                // data-* attributes also hold selectors and ids, placeholders example values (an address, an action
                // id): only words with a space (or, in data-*, a capital) are prose there
                boolean prose = value.contains(" ") || attribute.group(1).startsWith("data-") && value.matches("[A-Z][a-z].*");
                if (prose || !attribute.group(1).startsWith("data-") && !attribute.group(1).equals("placeholder")) {
                    report(found, template, attribute.group(1), value);
                }
            }
        }
        assertThat(found).as("visible texts not taken from the message bundles").isEmpty();
    }

    @Test
    void scriptsWriteNoWordsOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path script : files("src/main/resources/static/js", ".js")) {
            String code = Files.readString(script, StandardCharsets.UTF_8)
                    .replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
            Matcher literal = JS_STRING.matcher(code);
            while (literal.find()) {
                String text = literal.group(1) != null ? literal.group(1)
                        : literal.group(2) != null ? literal.group(2) : literal.group(3);
                if (WORD.matcher(text).find() && (text.strip().contains(" ") || text.matches("[A-Z][a-z].*"))
                        && !JS_NOT_PROSE.matcher(text).find()) {
                    found.add(script.getFileName() + ": '" + text + "'");
                }
            }
        }
        assertThat(found).as("texts written by scripts instead of read from the page").isEmpty();
    }

    @Test
    void theScanFindsTheTextsItIsAbout() {
        String markup = withoutTemplateSyntax("""
                <p title="Hello there">Backups ${ui.t("x")}</p><code>--option</code>
                @if(ok)<span aria-label="${ui.t("y")}">Dupliwatch</span>@endif
                @template.frame(ui = ui, content = @`<h2>Settings</h2>@template.icon(name = "x")`)""");
        List<String> found = new ArrayList<>();
        Matcher text = TEXT_NODE.matcher(CODE.matcher(markup).replaceAll(" "));
        while (text.find()) {
            report(found, Path.of("t.jte"), "text", text.group(1));
        }
        Matcher attribute = TEXT_ATTRIBUTE.matcher(markup);
        while (attribute.find()) {
            report(found, Path.of("t.jte"), attribute.group(1), attribute.group(2));
        }
        assertThat(found).containsExactlyInAnyOrder("t.jte text: Backups", "t.jte title: Hello there",
                "t.jte text: Settings");
    }

    private static void report(List<String> found, Path file, String where, String value) {
        String text = value.strip();
        if (WORD.matcher(text).find() && !SAME_IN_EVERY_LANGUAGE.contains(text)) {
            found.add(file.getFileName() + " " + where + ": " + text);
        }
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$unsafe\\{|\\$\\{|!\\{|@(if|elseif|for|raw)\\s*\\(");
    private static final Pattern CALL = Pattern.compile("@template\\.[\\w.]+\\(");

    /**
     * The markup with JTE's expressions, conditions, loops, imports and comments replaced by a space; template calls
     * keep only their content blocks ({@code @`…`}), which are markup again.
     */
    static String withoutTemplateSyntax(String template) {
        String markup = template.replaceAll("(?s)<%--.*?--%>", " ").replaceAll("(?m)^@(import|param)\\b.*$", " ");
        StringBuilder out = new StringBuilder(markup.length());
        strip(markup, 0, false, out);
        return out.toString();
    }

    /** Copies markup from {@code i} to its end (or to the backtick closing a content block); returns where it stopped. */
    private static int strip(String markup, int i, boolean inContentBlock, StringBuilder out) {
        while (i < markup.length()) {
            if (inContentBlock && markup.charAt(i) == '`') {
                return i;
            }
            Matcher expression = EXPRESSION.matcher(markup).region(i, markup.length());
            Matcher call = CALL.matcher(markup).region(i, markup.length());
            if (expression.lookingAt()) {
                i = skipBalanced(markup, expression.end() - 1);
                out.append(' ');
            }
            else if (call.lookingAt()) {
                int depth = 1;
                i = call.end();
                while (depth > 0) {
                    if (markup.startsWith("@`", i)) {
                        i = strip(markup, i + 2, true, out) + 1;
                        continue;
                    }
                    char c = markup.charAt(i++);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                }
                out.append(' ');
            }
            else if (markup.startsWith("@endif", i) || markup.startsWith("@endfor", i)) {
                i += markup.startsWith("@endif", i) ? 6 : 7;
                out.append(' ');
            }
            else if (markup.startsWith("@else", i)) {
                i += 5;
                out.append(' ');
            }
            else {
                out.append(markup.charAt(i++));
            }
        }
        return i;
    }

    /** The index after the bracket closing the one at {@code open}. */
    private static int skipBalanced(String markup, int open) {
        char opening = markup.charAt(open);
        char closing = opening == '{' ? '}' : ')';
        int depth = 0;
        int i = open;
        do {
            char c = markup.charAt(i++);
            depth += c == opening ? 1 : c == closing ? -1 : 0;
        } while (depth > 0);
        return i;
    }

    private static List<Path> files(String folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
