package io.dupliwatch.web.tokens;

import java.util.List;
import java.util.Locale;

import io.dupliwatch.security.ApiTokens;
import io.dupliwatch.security.IngestSecrets;
import io.dupliwatch.security.Scope;
import io.dupliwatch.web.PageActions;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /settings/tokens}: API tokens and per-server ingest secrets (plain forms). Admin only (security's rules). */
@Controller
@RequestMapping(TokensPageController.PATH)
class TokensPageController {

    static final String PATH = "/settings/tokens";
    static final String VIEW = "settings/tokens";

    private final ApiTokens tokens;
    private final IngestSecrets ingestSecrets;
    private final MessageSource messages;

    TokensPageController(ApiTokens tokens, IngestSecrets ingestSecrets, MessageSource messages) {
        this.tokens = tokens;
        this.ingestSecrets = ingestSecrets;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("view", new TokensView(tokens.list(), ingestSecrets.list(),
                (String) model.getAttribute("secretLabel"), (String) model.getAttribute("secret")));
        return VIEW;
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam(required = false) List<String> scopes,
                  Authentication authentication, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            ApiTokens.IssuedToken issued = tokens.issue(name, Scope.parseAll(scopes), authentication.getName());
            flash.addFlashAttribute("secretLabel", text(locale, "tokens.secretLabel", issued.token().name()));
            flash.addFlashAttribute("secret", issued.value());
            return text(locale, "tokens.createdNotice", issued.token().name());
        });
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            tokens.revoke(id);
            return text(locale, "tokens.revokedNotice");
        });
    }

    @PostMapping("/ingest-secrets")
    String setIngestSecret(@RequestParam String serverId, Authentication authentication, Locale locale,
                           RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            flash.addFlashAttribute("secret", ingestSecrets.generate(serverId, authentication.getName()));
            flash.addFlashAttribute("secretLabel", text(locale, "tokens.ingestSecretLabel", serverId.trim()));
            return text(locale, "tokens.ingestSecretSet", serverId.trim());
        });
    }

    @PostMapping("/ingest-secrets/clear")
    String clearIngestSecret(@RequestParam String serverId, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            ingestSecrets.clear(serverId);
            return text(locale, "tokens.ingestSecretCleared", serverId);
        });
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
