package io.dupliwatch.security;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code GET /login}; Spring Security's form login handles {@code POST /login}. */
@Controller
class LoginPageController {

    static final String VIEW = "login/login";

    private final MessageSource messages;

    LoginPageController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping(SecurityPaths.LOGIN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String wait,
                 @RequestParam(required = false) String logout, @RequestParam(required = false) String expired,
                 Authentication authentication, Locale locale, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        String message = null;
        if (wait != null) {
            message = waitMessage(wait, locale);
        }
        else if (error != null) {
            message = text("login.invalid", locale);
        }
        else if (expired != null) {
            message = text("login.expired", locale);
        }
        model.addAttribute("view", new LoginView(message,
                logout != null ? text("login.signedOut", locale) : null));
        return VIEW;
    }

    private String waitMessage(String wait, Locale locale) {
        try {
            long s = Long.parseLong(wait);
            return s >= 120 ? messages.getMessage("login.wait.minutes", new Object[] {(s + 59) / 60}, locale)
                    : messages.getMessage("login.wait.seconds", new Object[] {s}, locale);
        }
        catch (NumberFormatException e) {
            return text("login.wait", locale);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
