package io.dupliwatch.web.password;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.security.InvalidInputException;
import io.dupliwatch.security.OwnPassword;
import io.dupliwatch.security.RefusedChangeException;
import io.dupliwatch.security.TooManyAttemptsException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /account/password}: any signed-in user changes their own password (the only page open right after a
 * login with a one-time password). A refused change renders the form again with the reason and a 4xx status.
 */
@Controller
@ConditionalOnWebApplication
class PasswordPageController {

    static final String PATH = "/account/password";
    static final String VIEW = "settings/password";

    private final OwnPassword password;
    private final MessageSource messages;

    PasswordPageController(OwnPassword password, MessageSource messages) {
        this.password = password;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String form(Authentication authentication, HttpServletRequest request, Model model) {
        return render(authentication, request, model, null);
    }

    @PostMapping(PATH)
    String change(@RequestParam(required = false) String currentPassword, @RequestParam String password,
                  @RequestParam String confirm, Authentication authentication, Locale locale,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!password.equals(confirm)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(authentication, request, model, messages.getMessage("password.differ", null, locale));
        }
        try {
            this.password.change(authentication, currentPassword, password, request, response);
        }
        catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(authentication, request, model, messages.getMessage(e, locale));
        }
        catch (RefusedChangeException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return render(authentication, request, model, messages.getMessage(e, locale));
        }
        catch (TooManyAttemptsException e) {
            long seconds = Math.max(1, e.retryAfter().toSeconds());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return render(authentication, request, model, messages.getMessage("password.throttled", new Object[] {seconds}, locale));
        }
        return "redirect:/";
    }

    private String render(Authentication authentication, HttpServletRequest request, Model model, String problem) {
        model.addAttribute("view", new PasswordView(authentication.getName(), password.mustChange(authentication),
                problem, password.minLength()));
        return VIEW;
    }
}
