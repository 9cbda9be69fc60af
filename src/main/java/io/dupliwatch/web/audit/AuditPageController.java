package io.dupliwatch.web.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.dupliwatch.security.AuditEntry;
import io.dupliwatch.security.AuditLog;
import io.dupliwatch.security.AuditQuery;
import io.dupliwatch.security.InvalidInputException;
import io.dupliwatch.security.SecurityProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** {@code /settings/audit}: the audit log, filtered, with CSV/JSON export links. Admin only (security's rules). */
@Controller
class AuditPageController {

    static final String PATH = "/settings/audit";
    static final String VIEW = "settings/audit";
    static final int PAGE_SIZE = 200;

    private final AuditLog audit;
    private final SecurityProperties properties;
    private final MessageSource messages;

    AuditPageController(AuditLog audit, SecurityProperties properties, MessageSource messages) {
        this.audit = audit;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String page(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
                @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String from,
                @RequestParam(defaultValue = "") String to, Locale locale, Model model) {
        List<AuditEntry> entries = List.of();
        String problem = null;
        try {
            entries = audit.find(AuditQuery.parse(actor, action, outcome, from, to, null, PAGE_SIZE, PAGE_SIZE));
        }
        catch (InvalidInputException e) {
            problem = messages.getMessage(e, locale);
        }
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("actor", actor);
        filter.put("action", action);
        filter.put("outcome", outcome);
        filter.put("from", from);
        filter.put("to", to);
        String query = filter.entrySet().stream().filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + UriUtils.encodeQueryParam(e.getValue(), "UTF-8"))
                .collect(Collectors.joining("&"));
        model.addAttribute("view", new AuditView(actor, action, outcome, from, to, query, entries, problem, PAGE_SIZE,
                AuditLog.EXPORT_MAX, properties.auditRetention().toDays()));
        return VIEW;
    }
}
