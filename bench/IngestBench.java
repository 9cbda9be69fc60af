import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upload load generator: posts distinct Duplicati reports (built from a real sample: one per server x job x run)
 * to /api/upload in rounds of 1 and 8 concurrent clients and prints uploads/s per round and the medians.
 *
 * <pre>
 * java bench/IngestBench.java BASE SAMPLE [--servers=100] [--jobs=5] [--rounds=3] [--per-round=2000]
 *                             [--warmup=1000] [--first-run=0] [--prefix=bench] [--clients=1,8] [--pid=SERVER_PID]
 *                             [--spacing=P1D]
 * </pre>
 *
 * Report k of the sequence is run {@code first-run + k / (servers*jobs)} of server {@code k % servers}, job
 * {@code (k / servers) % jobs}; run r begins r spacings (ISO-8601 duration, a day unless told) after
 * 2025-01-01 02:00Z (plus a few seconds per server and job),
 * so every report is a new run and rounds add newer runs to the same jobs. {@code --rounds=0} only uploads the
 * warm-up (used to create jobs before seeding). "stored before" is /api/summary's totalBackupsRuns; with
 * {@code --pid}, "cpu ms" is the server's CPU time (user + system, /proc) per upload, a figure that depends less
 * on what else the machine runs than uploads/s does. Uploads go through a minimal HTTP/1.1 client (one keep-alive
 * connection per client thread, request bytes built beforehand), so that the load generator takes as little as
 * possible of the CPU it shares with the server.
 */
public class IngestBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Instant EPOCH = Instant.parse("2025-01-01T02:00:00Z");

    final String base;
    final String template;
    final int servers;
    final int jobs;
    final int firstRun;
    final String prefix;
    final String pid;
    final Duration spacing;
    int next;

    IngestBench(String base, String template, int servers, int jobs, int firstRun, String prefix, String pid,
                Duration spacing) {
        this.base = base;
        this.template = template;
        this.servers = servers;
        this.jobs = jobs;
        this.firstRun = firstRun;
        this.prefix = prefix;
        this.pid = pid;
        this.spacing = spacing;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        IngestBench bench = new IngestBench(args[0], Files.readString(Path.of(args[1])),
                intOption(options, "servers", 100), intOption(options, "jobs", 5), intOption(options, "first-run", 0),
                options.getOrDefault("prefix", "bench"), options.get("pid"),
                Duration.parse(options.getOrDefault("spacing", "P1D")));
        int rounds = intOption(options, "rounds", 3);
        int perRound = intOption(options, "per-round", 2000);
        int warmup = intOption(options, "warmup", 1000);
        int[] clients = Arrays.stream(options.getOrDefault("clients", "1,8").split(",")).mapToInt(Integer::parseInt).toArray();

        System.out.printf("%-10s %-8s %-9s %-14s %-10s %-8s %-8s %-8s%n", "phase", "clients", "uploads", "stored before",
                "uploads/s", "p50 ms", "p99 ms", "cpu ms");
        if (warmup > 0) {
            bench.phase("warm-up", bench.reports(warmup), 8);
        }
        Map<Integer, List<Double>> rates = new HashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (int c : clients) {
                rates.computeIfAbsent(c, k -> new ArrayList<>()).add(bench.phase("round " + round, bench.reports(perRound), c));
            }
        }
        for (int c : clients) {
            if (rates.containsKey(c)) {
                System.out.printf("median uploads/s, %d client%s: %.0f%n", c, c == 1 ? "" : "s", median(rates.get(c)));
            }
        }
    }

    List<byte[]> reports(int count) {
        List<byte[]> reports = new ArrayList<>(count);
        for (int i = 0; i < count; i++, next++) {
            int perRun = servers * jobs;
            int run = firstRun + next / perRun;
            int server = next % servers;
            int job = (next / servers) % jobs;
            String begin = EPOCH.plus(spacing.multipliedBy(run)).plusSeconds(job * 60L + server % 60).toString();
            reports.add(template
                    .replace("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3", String.format("%s%027d", prefix, server))
                    .replace("\"machine-name\":\"nas01\"", "\"machine-name\":\"" + prefix + "-server-" + server + "\"")
                    .replace("\"backup-name\":\"NAS Documents\"", "\"backup-name\":\"job-" + job + "\"")
                    .replace("2026-08-10T00:00:00.4169381Z", begin).getBytes(StandardCharsets.UTF_8));
        }
        return reports;
    }

    /** Sends the batch with {@code clients} threads; prints and returns uploads/s. */
    double phase(String name, List<byte[]> batch, int clients) throws Exception {
        long storedBefore = storedRuns();
        long cpuBefore = serverCpuTicks();
        AtomicInteger cursor = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        double[] millis = new double[batch.size()];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                try (Connection connection = new Connection(URI.create(base))) {
                    for (int i = cursor.getAndIncrement(); i < batch.size(); i = cursor.getAndIncrement()) {
                        long start = System.nanoTime();
                        try {
                            int status = connection.post("/api/upload", batch.get(i));
                            if (status != 200 && failures.incrementAndGet() == 1) {
                                System.err.println("upload answered " + status + ": " + connection.lastBody());
                            }
                        }
                        catch (IOException e) {
                            connection.close();
                            if (failures.incrementAndGet() == 1) {
                                System.err.println("upload failed: " + e);
                            }
                        }
                        millis[i] = (System.nanoTime() - start) / 1e6;
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        Arrays.sort(millis);
        double rate = batch.size() / seconds;
        String cpu = pid == null ? "-" : String.format("%.2f", (serverCpuTicks() - cpuBefore) * 10.0 / batch.size());
        System.out.printf("%-10s %-8d %-9d %-14d %-10.0f %-8.1f %-8.1f %-8s%s%n", name, clients, batch.size(), storedBefore,
                rate, millis[millis.length / 2], millis[(int) (millis.length * 0.99)], cpu,
                failures.get() == 0 ? "" : "  FAILED: " + failures.get());
        return rate;
    }

    long storedRuns() throws Exception {
        String body = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/summary")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"totalBackupsRuns\"\\s*:\\s*(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** utime + stime of the server process in clock ticks (1/100 s on Linux). */
    long serverCpuTicks() throws Exception {
        if (pid == null) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** One keep-alive HTTP/1.1 connection: POSTs a JSON body, reads the status and the body (length or chunked). */
    static final class Connection implements AutoCloseable {

        private final URI base;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private String lastBody = "";

        Connection(URI base) {
            this.base = base;
        }

        int post(String path, byte[] body) throws IOException {
            if (socket == null) {
                socket = new Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 16384);
                out = socket.getOutputStream();
            }
            byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase();
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                }
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
                else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    content.write(in.readNBytes(size));
                    line();
                }
                line();
            }
            else if (length >= 0) {
                content.write(in.readNBytes((int) length));
            }
            lastBody = content.toString(StandardCharsets.UTF_8);
            if (close) {
                close();
            }
            return status;
        }

        String lastBody() {
            return lastBody;
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        }
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--")) {
                int eq = arg.indexOf('=');
                options.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }

    static int intOption(Map<String, String> options, String name, int defaultValue) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : defaultValue;
    }
}
