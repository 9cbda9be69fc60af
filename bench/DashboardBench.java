import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Dashboard render benchmark: posts servers x jobs x runs distinct reports (built from a real Duplicati sample),
 * then times GET / (cards and table layouts) from one local client: the server-side time (controller and template,
 * from the Server-Timing header), the time to the last byte, and the server's CPU time per request (from /proc,
 * insensitive to other load on the machine). Run with: java bench/DashboardBench.java BASE SAMPLE SERVER_PID
 * [servers jobs runs requests]. See bench/README.md.
 */
public class DashboardBench {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String template = Files.readString(Path.of(args[1]));
        long serverPid = Long.parseLong(args[2]);
        int servers = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int jobs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 12;
        int requests = args.length > 6 ? Integer.parseInt(args[6]) : 50;

        Instant newest = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        List<String> reports = new ArrayList<>();
        for (int r = runs - 1; r >= 0; r--) {
            for (int s = 0; s < servers; s++) {
                for (int j = 0; j < jobs; j++) {
                    String begin = newest.minus(Duration.ofDays(r)).plusSeconds(j * 60L + s).toString();
                    reports.add(template
                            .replace("3f1c9a7be2d04c6f9a51d8e0b7c4a2f3", String.format("dash%028d", s))
                            .replace("\"machine-name\":\"nas01\"", "\"machine-name\":\"server-" + s + "\"")
                            .replace("\"backup-name\":\"NAS Documents\"", "\"backup-name\":\"job-" + j + "\"")
                            .replace("2026-08-10T00:00:00.4169381Z", begin));
                }
            }
        }
        long t0 = System.nanoTime();
        upload(base, reports);
        System.out.printf("Dupliwatch dashboard benchmark: %d servers x %d jobs x %d runs (%d uploads in %.0f s), %d cores, Java %s%n",
                servers, jobs, runs, reports.size(), (System.nanoTime() - t0) / 1e9,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-44s %-8s %-14s %-14s %-14s %-12s%n", "GET (gzip, 1 client)", "KiB", "server p50 ms",
                "server p90 ms", "client p50 ms", "CPU ms/req");
        time(base, serverPid, "/?view=cards&sort=name", requests);
        time(base, serverPid, "/?view=cards&sort=state", requests);
        time(base, serverPid, "/?view=table&sort=name", requests);
        time(base, serverPid, "/servers/" + String.format("dash%028d", servers / 2), requests);
    }

    static void upload(String base, List<String> reports) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < reports.size(); i = next.getAndIncrement()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/upload"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(reports.get(i))).build();
                    HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("upload " + i + ": " + response.statusCode());
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
    }

    static void time(String base, long serverPid, String path, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept-Encoding", "gzip").header("Accept-Language", "en-GB").GET().build();
        for (int i = 0; i < 10; i++) {
            CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        double[] server = new double[requests];
        double[] client = new double[requests];
        int bytes = 0;
        long cpuBefore = cpuMillis(serverPid);
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            client[i] = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + response.statusCode());
            }
            bytes = response.body().length;
            server[i] = Double.parseDouble(response.headers().firstValue("Server-Timing").orElseThrow()
                    .replaceAll(".*dur=([0-9.]+).*", "$1"));
        }
        double cpu = (cpuMillis(serverPid) - cpuBefore) / (double) requests;
        System.out.printf("%-44s %-8d %-14.1f %-14.1f %-14.1f %-12.1f%n", path, bytes / 1024, percentile(server, 50),
                percentile(server, 90), percentile(client, 50), cpu);
    }

    /** User and system CPU time of a process, from /proc (clock ticks of 10 ms). */
    static long cpuMillis(long pid) throws Exception {
        String[] fields = Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
