import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for Dupliwatch: posts distinct Duplicati reports (servers x jobs x runs, built from a real
 * sample) to /api/upload and times the external GET endpoints. Run with: java bench/IngestBench.java BASE SAMPLE
 * [servers jobs runs]. Prints a table; see bench/README.md.
 */
public class IngestBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String template = Files.readString(Path.of(args[1]));
        int servers = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int jobs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        int chunk = 2_000;

        List<String> reports = new ArrayList<>();
        Instant start = Instant.parse("2025-01-01T02:00:00Z");
        for (int r = 0; r < runs; r++) {
            for (int s = 0; s < servers; s++) {
                for (int j = 0; j < jobs; j++) {
                    String begin = start.plus(Duration.ofDays(r)).plusSeconds(j * 60L + s).toString();
                    reports.add(template
                            .replace("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3", String.format("bench%027d", s))
                            .replace("\"machine-name\":\"nas01\"", "\"machine-name\":\"bench-server-" + s + "\"")
                            .replace("\"backup-name\":\"NAS Documents\"", "\"backup-name\":\"job-" + j + "\"")
                            .replace("2026-08-10T00:00:00.4169381Z", begin));
                }
            }
        }

        System.out.printf("Dupliwatch ingest benchmark: %d servers x %d jobs x %d runs = %d uploads, %d cores, Java %s%n",
                servers, jobs, runs, reports.size(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.printf("%-10s %-8s %-12s %-14s %-12s%n", "phase", "clients", "uploads", "stored before", "uploads/s");
        int sent = 0;
        sent += phase("warm-up", base, reports.subList(sent, Math.min(reports.size(), sent + 500)), 8, sent);
        sent += phase("1 client", base, reports.subList(sent, Math.min(reports.size(), sent + chunk)), 1, sent);
        while (sent < reports.size()) {
            int end = Math.min(reports.size(), sent + chunk);
            sent += phase("8 clients", base, reports.subList(sent, end), 8, sent);
        }

        System.out.println();
        System.out.printf("GET latency with %d runs stored (1 client, 2000 requests after 300 warm-up)%n", sent);
        System.out.printf("%-40s %-10s %-10s%n", "endpoint", "p50 ms", "p99 ms");
        String serverId = String.format("bench%027d", servers / 2);
        latency(base + "/api/summary");
        latency(base + "/api/lastbackup/" + serverId);
        latency(base + "/api/lastbackups/" + serverId);
        latency(base + "/api/lastbackups/bench-server-" + (servers / 3));
    }

    static int phase(String name, String base, List<String> batch, int clients, int storedBefore) throws Exception {
        if (batch.isEmpty()) {
            return 0;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < batch.size(); i = next.getAndIncrement()) {
                    try {
                        HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/upload"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(batch.get(i))).build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    catch (Exception e) {
                        failures.incrementAndGet();
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
        System.out.printf("%-10s %-8d %-12d %-14d %-12.0f%s%n", name, clients, batch.size(), storedBefore,
                batch.size() / seconds, failures.get() == 0 ? "" : "  FAILED: " + failures.get());
        return batch.size();
    }

    static void latency(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        for (int i = 0; i < 300; i++) {
            CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
        }
        double[] millis = new double[2000];
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            millis[i] = (System.nanoTime() - t0) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        Arrays.sort(millis);
        System.out.printf("%-40s %-10.2f %-10.2f%n", url.replaceFirst("https?://[^/]+", ""),
                millis[millis.length / 2], millis[(int) (millis.length * 0.99)]);
    }
}
