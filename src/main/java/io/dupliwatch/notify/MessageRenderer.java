package io.dupliwatch.notify;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.dupliwatch.monitoring.MonitoringSettingsService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders event facts with the current template into a {@link RenderedMessage}. Values are formatted in the
 * channel's language and relative to now; dates in the server's time zone with its abbreviation, else in
 * monitoring's zone ({@code dupliwatch.time-zone} unless changed through the monitoring API).
 */
@Component
class MessageRenderer {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final NotificationTemplates templates;
    private final DefaultTemplates defaults;
    private final NotifyProperties properties;
    private final Clock clock;
    private final JsonMapper json;
    private final MonitoringSettingsService monitoring;
    private final MessageSource messages;

    MessageRenderer(NotificationTemplates templates, DefaultTemplates defaults, NotifyProperties properties,
                    Clock clock, JsonMapper json, MonitoringSettingsService monitoring, MessageSource messages) {
        this.templates = templates;
        this.defaults = defaults;
        this.properties = properties;
        this.clock = clock;
        this.json = json;
        this.monitoring = monitoring;
        this.messages = messages;
    }

    /** @param language the channel's language tag, {@code null} for the server's ({@code dupliwatch.notify.language}) */
    RenderedMessage render(EventFacts facts, String language) {
        String tag = languageOr(language);
        return render(templates.effective(facts.event(), tag), facts, tag);
    }

    RenderedMessage render(NotificationTemplate template, EventFacts facts, String language) {
        ZoneId zone = facts.serverId() == null ? monitoring.timeZone() : monitoring.timeZoneOf(facts.serverId());
        Map<String, String> variables = MessageVariables.of(facts, formatter(languageOr(language), zone));
        return new RenderedMessage(facts.event(), NotificationTemplate.fill(template.title(), variables),
                NotificationTemplate.fill(template.body(), variables), json.convertValue(facts, MAP));
    }

    RenderedMessage test(String channelName, String language) {
        String tag = languageOr(language);
        NotificationTemplate template = defaults.of(EventKind.TEST, tag);
        Map<String, String> variables = Map.of("channel", channelName,
                "date", formatter(tag, monitoring.timeZone()).date(clock.instant()));
        return new RenderedMessage(EventKind.TEST, NotificationTemplate.fill(template.title(), variables),
                NotificationTemplate.fill(template.body(), variables), Map.of("channel", channelName));
    }

    private String languageOr(String language) {
        return language != null ? language : properties.language();
    }

    private ValueFormatter formatter(String language, ZoneId zone) {
        return new ValueFormatter(messages, language, zone, clock.instant());
    }
}
