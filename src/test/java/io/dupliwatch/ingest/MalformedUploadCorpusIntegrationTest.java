package io.dupliwatch.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;

import io.dupliwatch.testsupport.Http;
import io.dupliwatch.testsupport.Samples;
import io.dupliwatch.testsupport.ServerTestBase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken reports, generated from the Duplicati samples: every field of a real report given every wrong
 * type and out-of-range number, then broken bodies (truncated, invalid UTF-8, deep, huge, duplicated keys, odd
 * content types). Whatever comes in, the answer is 2xx or a 4xx with a JSON error, nothing is logged as an error,
 * and a refused report stores nothing.
 */
class MalformedUploadCorpusIntegrationTest extends ServerTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PRIMARY = "duplicati/backup-success.json";
    private static final List<String> SAMPLES = List.of(PRIMARY, "duplicati/backup-warning.json",
            "duplicati/backup-error.json", "duplicati/backup-fatal.json", "duplicati/backup-warning-reduced.json",
            "duplicati/real-2.1.0.5-backup-success-trimmed.wsj-br-duplistatus.json",
            "duplicati/real-2.1.0.5-backup-success.specsnow-duplicati-discord-cloudflare-worker.json");
    /** Replacements for any field: wrong JSON types, numbers no 64-bit integer holds, numbers hidden in strings. */
    private static final List<String> WRONG_VALUES = List.of("\"text\"", "true", "{}", "[]", "null", "1.5", "-1",
            "9223372036854775808", "-9223372036854775809", "1e400", "1.5e308", "\"NaN\"", "\"99999999999999999999\"",
            "\"" + "x".repeat(10_000) + "\"");

    private record Body(String label, String contentType, byte[] bytes) {

        static Body json(String label, String json) {
            return new Body(label, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root().detachAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void everyMalformedReportGetsA2xxOrA4xxWithAJsonErrorAndARefusedOneStoresNothing() {
        List<Body> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(500);
        SoftAssertions softly = new SoftAssertions();
        int refused = 0;

        for (Body body : corpus) {
            List<Long> before = storedRows();
            log.list.clear();

            Http.Reply reply = http.post("/api/upload", body.contentType(), body.bytes());

            int status = reply.status();
            softly.assertThat(status).as(body.label()).matches(s -> (s >= 200 && s < 300) || (s >= 400 && s < 500),
                    "2xx or 4xx");
            if (status >= 400) {
                refused++;
                softly.assertThat(reply.header("Content-Type")).as(body.label()).contains("json");
                softly.assertThat(errorOf(reply)).as(body.label() + ": " + reply.body()).isNotBlank();
                softly.assertThat(log.list).as(body.label() + ": no error and no stack trace logged")
                        .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR) || event.getThrowableProxy() != null);
                softly.assertThat(storedRows()).as(body.label() + " stored nothing").isEqualTo(before);
            }
        }
        softly.assertAll();
        assertThat(refused).as("most of the corpus is refused").isGreaterThan(corpus.size() / 3);
        assertThat(count("runs")).as("a report with harmless oddities is still stored").isPositive();
    }

    private List<Long> storedRows() {
        return List.of(count("servers"), count("jobs"), count("runs"));
    }

    private static String errorOf(Http.Reply reply) {
        try {
            JsonNode error = reply.json().get("error");
            return error == null || !error.isString() ? null : error.stringValue();
        }
        catch (RuntimeException notJson) {
            return null;
        }
    }

    // ---- the corpus ---------------------------------------------------------------------------------------------

    private static List<Body> corpus() {
        List<Body> corpus = new ArrayList<>();
        int[] serial = {0};
        ObjectNode primary = sample(PRIMARY);
        for (String path : fieldPaths(primary)) {
            for (String value : WRONG_VALUES) {
                corpus.add(Body.json(path + " = " + abbreviate(value), withField(primary, path, value, serial[0]++)));
            }
        }
        for (String sample : SAMPLES) {
            ObjectNode report = sample(sample);
            for (String path : List.of("Data", "Extra", "Data.BackendStatistics", "LogLines")) {
                for (String value : List.of("[]", "null", "\"text\"", "42")) {
                    corpus.add(Body.json(sample + " " + path + " = " + value, withField(report, path, value, serial[0]++)));
                }
            }
            corpus.addAll(brokenBodies(sample, unique(report, serial[0]++).toString()));
        }
        corpus.addAll(wholeBodies());
        return corpus;
    }

    /** Every field of the top level, of Data, of Data.BackendStatistics and of Extra. */
    private static List<String> fieldPaths(ObjectNode report) {
        List<String> paths = new ArrayList<>();
        report.propertyNames().forEach(paths::add);
        report.get("Data").propertyNames().forEach(name -> paths.add("Data." + name));
        report.get("Data").get("BackendStatistics").propertyNames().forEach(name -> paths.add("Data.BackendStatistics." + name));
        report.get("Extra").propertyNames().forEach(name -> paths.add("Extra." + name));
        return paths;
    }

    /** The report with one field replaced by raw JSON, begun at its own time so that it is no duplicate. */
    private static String withField(ObjectNode sample, String path, String rawValue, int serial) {
        ObjectNode report = unique(sample, serial);
        String[] steps = path.split("\\.");
        ObjectNode parent = report;
        for (int i = 0; i < steps.length - 1; i++) {
            parent = (ObjectNode) parent.get(steps[i]);
        }
        parent.set(steps[steps.length - 1], JSON.readTree(rawValue));
        return report.toString();
    }

    private static ObjectNode unique(ObjectNode sample, int serial) {
        ObjectNode report = sample.deepCopy();
        ((ObjectNode) report.get("Data")).put("BeginTime", Instant.parse("2030-01-01T00:00:00Z").plusSeconds(60L * serial).toString());
        return report;
    }

    private static List<Body> brokenBodies(String sample, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        List<Body> bodies = new ArrayList<>();
        for (int cut : new int[] {1, 2, 10, bytes.length / 4, bytes.length / 2, bytes.length - 2, bytes.length - 1}) {
            bodies.add(new Body(sample + " truncated at " + cut, "application/json", java.util.Arrays.copyOf(bytes, cut)));
        }
        String name = "\"machine-name\":\"";
        for (byte[] invalid : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
            bodies.add(new Body(sample + " invalid UTF-8 in machine-name", "application/json", insertAfter(json, name, invalid)));
            bodies.add(new Body(sample + " invalid UTF-8 before the body", "application/json", concat(invalid, bytes)));
        }
        bodies.add(Body.json(sample + " duplicate machine-id", json.replace("\"machine-id\":", "\"machine-id\":\"../dup\",\"machine-id\":")));
        bodies.add(Body.json(sample + " duplicate Data", json.replaceFirst("\\{", "{\"Data\":{},")));
        bodies.add(Body.json(sample + " trailing garbage", json + "}{"));
        bodies.add(Body.json(sample + " second document", json + json));
        bodies.add(Body.json(sample + " NaN literal", json.replaceFirst("\"ExaminedFiles\":\\s*\\d+", "\"ExaminedFiles\":NaN")));
        bodies.add(Body.json(sample + " control characters in machine-name", json.replace(name, name + "\\u0000\\r\\n\\u202e")));
        bodies.add(Body.json(sample + " huge machine-name", json.replace(name, name + "n".repeat(1_000_000))));
        bodies.add(Body.json(sample + " huge backup-name", json.replace("\"backup-name\":\"", "\"backup-name\":\"" + "b".repeat(300))));
        bodies.add(Body.json(sample + " deep Data", json.replaceFirst("\"Data\":", "\"Data\":" + "{\"a\":".repeat(100)) ));
        for (String type : List.of("text/plain", "application/xml", "multipart/form-data; boundary=x", "image/png",
                "application/json; charset=UTF-16", "application/x-www-form-urlencoded")) {
            bodies.add(new Body(sample + " as " + type, type, bytes));
        }
        bodies.add(new Body(sample + " without content type", null, bytes));
        bodies.add(new Body(sample + " in UTF-16", "application/json", json.getBytes(StandardCharsets.UTF_16)));
        return bodies;
    }

    private static List<Body> wholeBodies() {
        List<Body> bodies = new ArrayList<>();
        for (String json : List.of("", " ", "null", "[]", "[{}]", "{}", "0", "1e400", "\"text\"", "true", "{\"Data\":null}",
                "{\"Data\":{\"MainOperation\":\"Backup\"}}", "{\"Data\":{\"MainOperation\":\"Backup\"},\"Extra\":[]}",
                "{\"Data\":{\"MainOperation\":[\"Backup\"]},\"Extra\":{}}", "{".repeat(100_000), "[".repeat(100_000),
                "{\"a\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}", "\uFEFF{}", "{\"Data\":{\"MainOperation\":\"Backup\"}")) {
            bodies.add(Body.json("body " + abbreviate(json), json));
        }
        bodies.add(new Body("form-encoded message", "application/x-www-form-urlencoded",
                "message=Duplicati+Backup+report".getBytes(StandardCharsets.US_ASCII)));
        bodies.add(new Body("binary", "application/octet-stream", new byte[] {0, 1, 2, (byte) 0xFF, (byte) 0xFE}));
        return bodies;
    }

    private static ObjectNode sample(String name) {
        return (ObjectNode) JSON.readTree(Samples.text(name));
    }

    private static byte[] insertAfter(String json, String marker, byte[] inserted) {
        int at = json.indexOf(marker) + marker.length();
        return concat(json.substring(0, at).getBytes(StandardCharsets.UTF_8), inserted,
                json.substring(at).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }
}
