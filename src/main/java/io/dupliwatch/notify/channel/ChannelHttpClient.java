package io.dupliwatch.notify.channel;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;

import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.config.OutboundHttp;
import io.dupliwatch.notify.DeliveryException;
import io.dupliwatch.notify.NotifyProperties;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * The HTTP side shared by the HTTP channels: JSON POST with timeouts, and the translation of failures into
 * {@link DeliveryException}s. Client errors are permanent except 408 and 429; server errors and network
 * failures are transient. Error messages never contain the URL, which may embed a token.
 */
@Component
public class ChannelHttpClient {

    private static final int MAX_ERROR_BODY_CHARS = 300;

    private final Supplier<RestClient> rest;
    private final JsonMapper json;

    public ChannelHttpClient(NotifyProperties properties, JsonMapper json) {
        this.rest = OutboundHttp.onFirstUse(properties.connectTimeout(), properties.readTimeout());
        this.json = json;
    }

    /** POSTs {@code body} as JSON. */
    public void postJson(URI uri, Map<String, String> headers, Object body) {
        try {
            rest.get().post()
                    .uri(uri)
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> headers.forEach(h::set))
                    .body(json.writeValueAsString(body))
                    .retrieve()
                    .toBodilessEntity();
        }
        catch (RestClientResponseException e) {
            throw rejected(e.getStatusCode(), e.getResponseBodyAsString());
        }
        catch (ResourceAccessException e) {
            throw unreachable(e);
        }
    }

    private static DeliveryException rejected(HttpStatusCode status, String body) {
        boolean permanent = status.is4xxClientError() && status.value() != 408 && status.value() != 429;
        String detail = body == null || body.isBlank() ? "" : ": " + abbreviate(body.strip());
        return new DeliveryException("HTTP " + status.value() + detail, permanent);
    }

    private static DeliveryException unreachable(ResourceAccessException e) {
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new DeliveryException("Cannot reach the server (" + reason + ")", false);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ERROR_BODY_CHARS ? oneLine : oneLine.substring(0, MAX_ERROR_BODY_CHARS) + "…";
    }
}
