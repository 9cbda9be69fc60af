package io.dupliwatch.security;

import jakarta.servlet.http.HttpServletRequest;

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

    @GetMapping(SecurityPaths.LOGIN)
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String wait,
                 @RequestParam(required = false) String logout, @RequestParam(required = false) String expired,
                 HttpServletRequest request, Authentication authentication, Model model) {
        if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        String message = null;
        if (wait != null) {
            message = "Too many failed attempts. Wait " + seconds(wait) + " and try again.";
        }
        else if (error != null) {
            message = "Invalid user name or password.";
        }
        else if (expired != null) {
            message = "The login form had expired. Please sign in again.";
        }
        model.addAttribute("view", new LoginView(request.getContextPath(), message,
                logout != null ? "You have been signed out." : null));
        return VIEW;
    }

    private static String seconds(String wait) {
        try {
            long s = Long.parseLong(wait);
            return s >= 120 ? (s + 59) / 60 + " minutes" : s + " seconds";
        }
        catch (NumberFormatException e) {
            return "a while";
        }
    }
}
