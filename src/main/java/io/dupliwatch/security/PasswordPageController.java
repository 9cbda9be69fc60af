package io.dupliwatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/password}: change one's own password. Right after a login with a one-time password it is the
 * only page available. On success every other session of the user ends and this one gets a new id.
 */
@Controller
@ConditionalOnWebApplication
class PasswordPageController {

    static final String VIEW = "password/password";

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final SecurityContextRepository contextRepository;

    PasswordPageController(Accounts accounts, PasswordPolicy policy, SecurityContextRepository contextRepository) {
        this.accounts = accounts;
        this.policy = policy;
        this.contextRepository = contextRepository;
    }

    @GetMapping(SecurityPaths.CHANGE_PASSWORD)
    String form(Authentication authentication, HttpServletRequest request, Model model) {
        return render(authentication, request, model, null);
    }

    @PostMapping(SecurityPaths.CHANGE_PASSWORD)
    String change(@RequestParam(required = false) String currentPassword, @RequestParam String password,
                  @RequestParam String confirm, Authentication authentication, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (!(authentication.getPrincipal() instanceof SignedInUser user)) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return render(authentication, request, model, "Only a signed-in user can change a password here.");
        }
        if (!password.equals(confirm)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(authentication, request, model, "The two new passwords differ.");
        }
        UserAccount updated;
        try {
            updated = accounts.changeOwnPassword(user.username(), currentPassword, password, request.getSession().getId());
        }
        catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(authentication, request, model, e.getMessage());
        }
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(updated.id(), updated.username(), updated.role()), null, Authorities.forAccount(updated));
        refreshed.setDetails(authentication.getDetails());
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        return "redirect:/";
    }

    private String render(Authentication authentication, HttpServletRequest request, Model model, String error) {
        boolean forced = authentication.getAuthorities().stream()
                .anyMatch(a -> Authorities.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
        model.addAttribute("view", new PasswordView(request.getContextPath(), authentication.getName(), forced, error,
                policy.minLength()));
        return VIEW;
    }
}
