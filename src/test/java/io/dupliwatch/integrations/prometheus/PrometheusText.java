package io.dupliwatch.integrations.prometheus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format 0.0.4: every line must be a {@code # HELP},
 * {@code # TYPE}, comment or sample line; names and label names must be valid; label values may only use the
 * escapes {@code \\}, {@code \"} and {@code \n}; each sample must belong to a family whose TYPE came first; no
 * series may appear twice. Anything else throws.
 */
final class PrometheusText {

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|NaN|[+-]Inf");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");
    private static final List<String> SUFFIXES = List.of("", "_total", "_created", "_sum", "_count", "_bucket", "_info");

    /** A family's declared type and help, and its samples by labels. */
    record Family(String name, String type, String help) {
    }

    record Sample(String name, Map<String, String> labels, double value) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();

    private PrometheusText() {
    }

    static PrometheusText parse(String text) {
        PrometheusText parsed = new PrometheusText();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        Map<String, String> helps = new HashMap<>();
        Set<String> seriesSeen = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length - 1; i++) {
            String line = lines[i];
            try {
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("# HELP ")) {
                    String[] parts = line.substring(7).split(" ", 2);
                    requireName(parts[0]);
                    if (helps.put(parts[0], parts.length > 1 ? unescapeHelp(parts[1]) : "") != null) {
                        throw new IllegalArgumentException("second HELP for " + parts[0]);
                    }
                }
                else if (line.startsWith("# TYPE ")) {
                    String[] parts = line.substring(7).split(" ");
                    if (parts.length != 2 || !TYPES.contains(parts[1])) {
                        throw new IllegalArgumentException("bad TYPE line");
                    }
                    requireName(parts[0]);
                    if (parsed.families.containsKey(parts[0])) {
                        throw new IllegalArgumentException("second TYPE for " + parts[0]);
                    }
                    parsed.families.put(parts[0], new Family(parts[0], parts[1], helps.get(parts[0])));
                }
                else if (line.startsWith("#")) {
                    continue;
                }
                else {
                    Sample sample = parseSample(line);
                    if (parsed.familyOf(sample.name()) == null) {
                        throw new IllegalArgumentException("sample before its TYPE: " + sample.name());
                    }
                    if (!seriesSeen.add(sample.name() + sample.labels())) {
                        throw new IllegalArgumentException("duplicate series " + sample.name() + sample.labels());
                    }
                    parsed.samples.add(sample);
                }
            }
            catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage() + ": " + line, e);
            }
        }
        return parsed;
    }

    Family familyOf(String sampleName) {
        for (String suffix : SUFFIXES) {
            if (sampleName.endsWith(suffix)) {
                Family family = families.get(sampleName.substring(0, sampleName.length() - suffix.length()));
                if (family != null) {
                    return family;
                }
            }
        }
        return null;
    }

    Map<String, Family> families() {
        return families;
    }

    List<Sample> samples(String name) {
        return samples.stream().filter(sample -> sample.name().equals(name)).toList();
    }

    /** The value of the one series with this name and exactly these labels ({@code name, value, ...}). */
    Double value(String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        List<Sample> matches = samples.stream()
                .filter(sample -> sample.name().equals(name) && sample.labels().equals(wanted)).toList();
        if (matches.size() > 1) {
            throw new IllegalStateException("several series " + name + wanted);
        }
        return matches.isEmpty() ? null : matches.get(0).value();
    }

    private static Sample parseSample(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
            i++;
        }
        String name = line.substring(0, i);
        requireName(name);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf('=', i);
                String labelName = line.substring(i, eq);
                if (!LABEL_NAME.matcher(labelName).matches()) {
                    throw new IllegalArgumentException("bad label name '" + labelName + "'");
                }
                if (line.charAt(eq + 1) != '"') {
                    throw new IllegalArgumentException("label value must be quoted");
                }
                StringBuilder value = new StringBuilder();
                int j = eq + 2;
                while (line.charAt(j) != '"') {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        char next = line.charAt(j + 1);
                        switch (next) {
                            case '\\' -> value.append('\\');
                            case '"' -> value.append('"');
                            case 'n' -> value.append('\n');
                            default -> throw new IllegalArgumentException("bad escape \\" + next);
                        }
                        j += 2;
                    }
                    else {
                        value.append(c);
                        j++;
                    }
                }
                if (labels.put(labelName, value.toString()) != null) {
                    throw new IllegalArgumentException("label twice: " + labelName);
                }
                i = j + 1;
                if (line.charAt(i) == ',') {
                    i++;
                }
                else if (line.charAt(i) != '}') {
                    throw new IllegalArgumentException("expected , or } after a label");
                }
            }
            i++;
        }
        if (i >= line.length() || line.charAt(i) != ' ') {
            throw new IllegalArgumentException("expected a space before the value");
        }
        String[] rest = line.substring(i + 1).split(" ");
        if (rest.length < 1 || rest.length > 2) {
            throw new IllegalArgumentException("expected value [timestamp]");
        }
        if (rest.length == 2) {
            Long.parseLong(rest[1]);
        }
        return new Sample(name, labels, number(rest[0]));
    }

    private static double number(String text) {
        if (!NUMBER.matcher(text).matches()) {
            throw new IllegalArgumentException("bad value '" + text + "'");
        }
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    private static void requireName(String name) {
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad metric name '" + name + "'");
        }
    }

    private static String unescapeHelp(String help) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < help.length(); i++) {
            char c = help.charAt(i);
            if (c == '\\' && i + 1 < help.length()) {
                char next = help.charAt(++i);
                switch (next) {
                    case '\\' -> out.append('\\');
                    case 'n' -> out.append('\n');
                    default -> throw new IllegalArgumentException("bad HELP escape \\" + next);
                }
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
