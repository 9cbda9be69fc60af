package io.dupliwatch.notify;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

/** The templates in use: a stored override per event kind, else the default of the configured language. */
@Service
class NotificationTemplates {

    static final int MAX_TITLE_CHARS = 250;
    static final int MAX_BODY_CHARS = 8000;

    private final TemplateRepository repository;
    private final DefaultTemplates defaults;
    private final NotifyProperties properties;
    private final Clock clock;

    NotificationTemplates(TemplateRepository repository, DefaultTemplates defaults, NotifyProperties properties,
                          Clock clock) {
        this.repository = repository;
        this.defaults = defaults;
        this.properties = properties;
        this.clock = clock;
    }

    record TemplateView(EventKind event, String title, String body, boolean custom) {
    }

    List<TemplateView> all() {
        return EventKind.templated().stream().map(this::get).toList();
    }

    TemplateView get(EventKind event) {
        return repository.find(event)
                .map(stored -> new TemplateView(event, stored.title(), stored.body(), true))
                .orElseGet(() -> defaultView(event));
    }

    /** The stored override of {@code event}, else its default in {@code language}. */
    NotificationTemplate effective(EventKind event, String language) {
        return repository.find(event)
                .map(stored -> new NotificationTemplate(stored.title(), stored.body()))
                .orElseGet(() -> defaults.of(event, language));
    }

    TemplateView update(EventKind event, NotificationTemplate template) {
        validate(template);
        repository.save(event, template, clock.instant());
        return get(event);
    }

    TemplateView reset(EventKind event) {
        repository.delete(event);
        return defaultView(event);
    }

    /** @throws InvalidFieldException for a blank or too long text, or an unknown {@code {variable}} */
    static void validate(NotificationTemplate template) {
        check("title", template.title(), MAX_TITLE_CHARS);
        check("body", template.body(), MAX_BODY_CHARS);
    }

    private static void check(String field, String text, int maxChars) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, "must not be blank", "problem.field.blank");
        }
        if (text.length() > maxChars) {
            throw new InvalidFieldException(field, "must be at most " + maxChars + " characters",
                    "problem.field.tooLong", String.valueOf(maxChars));
        }
        Set<String> unknown = NotificationTemplate.unknownVariables(text);
        if (!unknown.isEmpty()) {
            throw new InvalidFieldException(field, "unknown variable " + String.join(", ", unknown));
        }
    }

    private TemplateView defaultView(EventKind event) {
        NotificationTemplate template = defaults.of(event, properties.language());
        return new TemplateView(event, template.title(), template.body(), false);
    }
}
