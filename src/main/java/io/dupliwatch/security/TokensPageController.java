package io.dupliwatch.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /settings/tokens}: API tokens and per-server ingest secrets (plain forms, no script). Admin only. */
@Controller
@RequestMapping(SecurityPaths.TOKENS_PAGE)
class TokensPageController {

    static final String VIEW = "tokens/tokens";

    private final ApiTokens tokens;
    private final IngestSecrets ingestSecrets;

    TokensPageController(ApiTokens tokens, IngestSecrets ingestSecrets) {
        this.tokens = tokens;
        this.ingestSecrets = ingestSecrets;
    }

    @GetMapping
    String page(HttpServletRequest request, Model model) {
        List<TokensView.SecretRow> secrets = ingestSecrets.list().stream()
                .map(e -> new TokensView.SecretRow(e.serverId(), e.createdAt(), e.createdBy())).toList();
        model.addAttribute("view", new TokensView(request.getContextPath(), tokens.list(), secrets,
                (String) model.getAttribute("notice"), (String) model.getAttribute("error"),
                (String) model.getAttribute("secretLabel"), (String) model.getAttribute("secret")));
        return VIEW;
    }

    @PostMapping
    String create(@RequestParam String name, @RequestParam(required = false) List<String> scopes,
                  Authentication authentication, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.TOKENS_PAGE, () -> {
            ApiTokens.IssuedToken issued = tokens.issue(name, ApiTokensController.scopes(scopes), authentication.getName());
            flash.addFlashAttribute("secretLabel", "Token '" + issued.token().name() + "'");
            flash.addFlashAttribute("secret", issued.value());
            return "Created the token.";
        });
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.TOKENS_PAGE, () -> {
            tokens.revoke(id);
            return "Revoked the token.";
        });
    }

    @PostMapping("/ingest-secrets")
    String setIngestSecret(@RequestParam String serverId, Authentication authentication, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.TOKENS_PAGE, () -> {
            flash.addFlashAttribute("secretLabel", "Ingest secret of " + serverId.trim());
            flash.addFlashAttribute("secret", ingestSecrets.generate(serverId, authentication.getName()));
            return "Reports of " + serverId.trim() + " now need this secret.";
        });
    }

    @PostMapping("/ingest-secrets/clear")
    String clearIngestSecret(@RequestParam String serverId, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.TOKENS_PAGE, () -> {
            ingestSecrets.clear(serverId);
            return "Reports of " + serverId + " no longer need a secret.";
        });
    }
}
