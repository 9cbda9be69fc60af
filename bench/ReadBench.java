import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * GET latency: for each path, {@code warmup} untimed requests then {@code requests} timed ones, one client,
 * back to back; prints p50, p99, max and the response size.
 *
 * <pre>
 * java bench/ReadBench.java BASE LABEL PATH... [--requests=2000] [--warmup=300] [--header=Name:value]
 * </pre>
 */
public class ReadBench {

    public static void main(String[] args) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = args[0];
        String label = args[1];
        int requests = 2000;
        int warmup = 300;
        String[] header = null;
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
            int bytes = 0;
            for (int i = 0; i < requests; i++) {
                long t0 = System.nanoTime();
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis[i] = (System.nanoTime() - t0) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(args[a] + " answered " + response.statusCode());
                }
                bytes = response.body().length;
            }
            Arrays.sort(millis);
            System.out.printf("%-10s %-46s %-8.2f %-8.2f %-8.2f %-8d%n", label, args[a], millis[requests / 2],
                    millis[(int) (requests * 0.99)], millis[requests - 1], bytes);
        }
    }
}
