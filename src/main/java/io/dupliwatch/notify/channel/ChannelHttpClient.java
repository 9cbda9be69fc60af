package io.dupliwatch.notify.channel;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.config.OutboundHttp;
import io.dupliwatch.config.OutboundHttp.RefusedDestinationException;
import io.dupliwatch.notify.DeliveryException;
import io.dupliwatch.notify.NotifyProperties;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The HTTP side shared by the HTTP channels: JSON POST with timeouts under the {@link OutboundHttp} rules, and the
 * translation of failures into {@link DeliveryException}s. Client errors are permanent except 408 and 429; server
 * errors and network failures are transient; a redirect (never followed: the request carries the channel's
 * credentials) and a refused destination are permanent. Error messages never contain the URL, which may embed a
 * token, nor the answer's body, which is the other server's to write.
 */
@Component
public class ChannelHttpClient {

    private final Supplier<RestClient> rest;
    private final JsonMapper json;

    public ChannelHttpClient(NotifyProperties properties, JsonMapper json, OutboundHttp outbound) {
        this.rest = outbound.onFirstUse(properties.connectTimeout(), properties.readTimeout());
        this.json = json;
    }

    /** POSTs {@code body} as JSON. */
    public void postJson(URI uri, Map<String, String> headers, Object body) {
        HttpStatusCode status;
        try {
            status = rest.get().post()
                    .uri(uri)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> headers.forEach(h::set))
                    .body(json.writeValueAsString(body))
                    .retrieve()
                    .toBodilessEntity()
                    .getStatusCode();
        }
        catch (RestClientResponseException e) {
            throw rejected(e.getStatusCode());
        }
        catch (ResourceAccessException e) {
            throw unreachable(e);
        }
        if (status.is3xxRedirection()) {
            throw new DeliveryException(OutboundHttp.redirected(status.value()), true);
        }
    }

    private static DeliveryException rejected(HttpStatusCode status) {
        boolean permanent = status.is4xxClientError() && status.value() != 408 && status.value() != 429;
        return new DeliveryException("HTTP " + status.value(), permanent);
    }

    private static DeliveryException unreachable(ResourceAccessException e) {
        if (e.getCause() instanceof RefusedDestinationException refused) {
            return new DeliveryException(refused.getMessage(), true);
        }
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new DeliveryException("Cannot reach the server (" + reason + ")", false);
    }
}
