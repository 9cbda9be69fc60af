import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * GET latency: for each path, {@code warmup} untimed requests then {@code requests} timed ones, back to back
 * from {@code clients} concurrent clients (one unless told); prints p50, p99, max and the response size.
 *
 * <pre>
 * java bench/ReadBench.java BASE LABEL PATH... [--requests=2000] [--warmup=2000] [--header=Name:value]
 *                           [--login=DATA_DIR] [--clients=1]
 * </pre>
 * {@code --login}: pages need a session. The first time, signs in as the initial admin with the one-time password
 * the server wrote to DATA_DIR and sets the password {@value #PASSWORD}; later, signs in with that password.
 */
public class ReadBench {

    static final String PASSWORD = "a long bench password 2026";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager()).build();
        String base = args[0];
        String label = args[1];
        int requests = 2000;
        int warmup = 2000; // 300 left the first path measured after a start with twice the p99 of the others
        String[] header = null;
        int clients = 1;
        for (String arg : args) {
            if (arg.startsWith("--requests=")) {
                requests = Integer.parseInt(arg.substring(11));
            }
            else if (arg.startsWith("--warmup=")) {
                warmup = Integer.parseInt(arg.substring(9));
            }
            else if (arg.startsWith("--header=")) {
                header = arg.substring(9).split(":", 2);
            }
            else if (arg.startsWith("--clients=")) {
                clients = Integer.parseInt(arg.substring(10));
            }
            else if (arg.startsWith("--login=")) {
                signIn(client, base, Path.of(arg.substring(8)));
            }
        }
        for (int a = 2; a < args.length; a++) {
            if (args[a].startsWith("--")) {
                continue;
            }
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + args[a])).GET();
            if (header != null) {
                builder.header(header[0], header[1]);
            }
            HttpRequest request = builder.build();
            for (int i = 0; i < warmup; i++) {
                client.send(request, HttpResponse.BodyHandlers.discarding());
            }
            double[] millis = new double[requests];
            AtomicInteger cursor = new AtomicInteger();
            AtomicInteger bytes = new AtomicInteger();
            String path = args[a];
            int count = requests;
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = cursor.getAndIncrement(); i < count; i = cursor.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        millis[i] = (System.nanoTime() - t0) / 1e6;
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(path + " answered " + response.statusCode());
                        }
                        bytes.set(response.body().length);
                    }
                    return null;
                }));
            }
            try {
                for (Future<?> worker : workers) {
                    worker.get();
                }
            }
            finally {
                pool.shutdownNow();
            }
            Arrays.sort(millis);
            System.out.printf("%-10s %-46s %-8.2f %-8.2f %-8.2f %-8d%n", label, args[a], millis[requests / 2],
                    millis[(int) (requests * 0.99)], millis[requests - 1], bytes.get());
        }
    }

    static void signIn(HttpClient client, String base, Path dataDir) throws Exception {
        Path initial = dataDir.resolve("initial-admin-password");
        boolean first = Files.exists(initial);
        String password = first ? Files.readString(initial).trim() : PASSWORD;
        post(client, base + "/login", Map.of("username", "admin", "password", password,
                "_csrf", csrf(client, base + "/login")));
        if (first) {
            post(client, base + "/account/password", Map.of("currentPassword", password, "password", PASSWORD,
                    "confirm", PASSWORD, "_csrf", csrf(client, base + "/account/password")));
        }
        int status = client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("signed in, but / answers " + status);
        }
    }

    static String csrf(HttpClient client, String url) throws Exception {
        String page = client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + url);
        }
        return m.group(1);
    }

    static void post(HttpClient client, String url, Map<String, String> form) throws Exception {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
    }
}
