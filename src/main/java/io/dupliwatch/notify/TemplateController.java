package io.dupliwatch.notify;

import java.util.List;

import io.dupliwatch.errors.NotFoundException;
import io.dupliwatch.notify.NotificationTemplates.TemplateView;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Templates per event kind: read, update, reset to the default ({@code DELETE}), preview against a run. */
@RestController
@RequestMapping("/api/notifications/templates")
class TemplateController {

    record TemplatesResponse(String language, List<String> variables, List<TemplateView> templates) {
    }

    record TemplateRequest(String title, String body) {
    }

    /** Renders {@code title}/{@code body} when given (a draft), else the template in use. */
    record PreviewRequest(Long runId, String title, String body) {
    }

    record PreviewResponse(EventKind event, String title, String body) {
    }

    private final NotificationTemplates templates;
    private final EventFactsCollector facts;
    private final MessageRenderer renderer;
    private final NotifyProperties properties;

    TemplateController(NotificationTemplates templates, EventFactsCollector facts, MessageRenderer renderer,
                       NotifyProperties properties) {
        this.templates = templates;
        this.facts = facts;
        this.renderer = renderer;
        this.properties = properties;
    }

    @GetMapping
    TemplatesResponse all() {
        return new TemplatesResponse(properties.language(), MessageVariables.NAMES, templates.all());
    }

    @GetMapping("/{event}")
    TemplateView get(@PathVariable String event) {
        return templates.get(event(event));
    }

    @PutMapping("/{event}")
    TemplateView update(@PathVariable String event, @RequestBody TemplateRequest request) {
        return templates.update(event(event), new NotificationTemplate(request.title(), request.body()));
    }

    @DeleteMapping("/{event}")
    TemplateView reset(@PathVariable String event) {
        return templates.reset(event(event));
    }

    @PostMapping("/{event}/preview")
    PreviewResponse preview(@PathVariable String event, @RequestBody PreviewRequest request) {
        EventKind kind = event(event);
        if (request.runId() == null) {
            throw new InvalidFieldException("runId", "must name a stored run", "problem.notify.noSuchRun");
        }
        NotificationTemplate template = templates.effective(kind, properties.language());
        if (request.title() != null || request.body() != null) {
            template = new NotificationTemplate(request.title() == null ? template.title() : request.title(),
                    request.body() == null ? template.body() : request.body());
            NotificationTemplates.validate(template);
        }
        RenderedMessage message = renderer.render(template, facts.forPreview(kind, request.runId()), null);
        return new PreviewResponse(kind, message.title(), message.body());
    }

    private static EventKind event(String id) {
        return EventKind.fromId(id).filter(kind -> kind != EventKind.TEST)
                .orElseThrow(() -> new NotFoundException("No template for event '" + id
                        + "', expected one of success, warning, error, overdue, recovered"));
    }
}
