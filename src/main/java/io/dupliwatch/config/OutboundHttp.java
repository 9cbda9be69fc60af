package io.dupliwatch.config;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

/** HTTP clients for the calls Dupliwatch makes to other services (notification channels, heartbeat monitors). */
public final class OutboundHttp {

    private OutboundHttp() {
    }

    /**
     * A client on the JDK's HTTP client that follows redirects, built on first use: a JDK client loads the TLS stack
     * and the CA certificates, which a start does not need.
     */
    public static Supplier<RestClient> onFirstUse(Duration connectTimeout, Duration readTimeout) {
        return SingletonSupplier.of(() -> {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
            requests.setReadTimeout(readTimeout);
            return RestClient.builder().requestFactory(requests).build();
        });
    }
}
