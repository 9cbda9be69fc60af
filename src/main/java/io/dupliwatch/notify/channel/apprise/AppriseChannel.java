package io.dupliwatch.notify.channel.apprise;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dupliwatch.notify.ChannelKind;
import io.dupliwatch.notify.NotificationChannel;
import io.dupliwatch.notify.RenderedMessage;
import io.dupliwatch.notify.channel.ChannelHttpClient;

import org.springframework.stereotype.Component;

/** Calls the Apprise API's {@code /notify/{key}} endpoint; Apprise fans the message out to its services. */
@Component
class AppriseChannel implements NotificationChannel<AppriseSettings> {

    private final ChannelHttpClient http;

    AppriseChannel(ChannelHttpClient http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.APPRISE;
    }

    @Override
    public Class<AppriseSettings> settingsType() {
        return AppriseSettings.class;
    }

    @Override
    public void send(RenderedMessage message, AppriseSettings settings) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", message.title());
        body.put("body", message.body());
        body.put("type", switch (message.event().severity()) {
            case INFO -> "info";
            case GOOD -> "success";
            case WARNING -> "warning";
            case FAILURE -> "failure";
        });
        if (settings.tag() != null && !settings.tag().isBlank()) {
            body.put("tag", settings.tag());
        }
        http.postJson(URI.create(settings.url()), Map.of(), body);
    }
}
