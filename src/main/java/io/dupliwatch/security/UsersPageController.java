package io.dupliwatch.security;

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

/** {@code /settings/users}: the user administration page (plain forms, no script). Admin only. */
@Controller
@RequestMapping(SecurityPaths.USERS_PAGE)
class UsersPageController {

    static final String VIEW = "users/users";

    private final Accounts accounts;

    UsersPageController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String page(Authentication authentication, HttpServletRequest request, Model model) {
        model.addAttribute("view", new UsersView(request.getContextPath(), authentication.getName(), accounts.list(),
                (String) model.getAttribute("notice"), (String) model.getAttribute("error"),
                (String) model.getAttribute("oneTimePassword")));
        return VIEW;
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String role, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.USERS_PAGE, () -> {
            Accounts.OneTimePassword created = accounts.createWithOneTimePassword(username, Role.parse(role));
            flash.addFlashAttribute("oneTimePassword", created.password());
            return "Created " + created.account().username() + ".";
        });
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Authentication authentication, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.USERS_PAGE,
                () -> "Enabled " + accounts.setEnabled(id, true, authentication.getName()).username() + ".");
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Authentication authentication, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.USERS_PAGE,
                () -> "Disabled " + accounts.setEnabled(id, false, authentication.getName()).username() + ".");
    }

    @PostMapping("/{id}/role")
    String role(@PathVariable long id, @RequestParam String role, Authentication authentication,
                RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.USERS_PAGE, () -> {
            UserAccount account = accounts.setRole(id, Role.parse(role), authentication.getName());
            return account.username() + " is now " + account.role().id() + ".";
        });
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.USERS_PAGE, () -> {
            Accounts.OneTimePassword reset = accounts.resetPassword(id);
            flash.addFlashAttribute("oneTimePassword", reset.password());
            return "Reset the password of " + reset.account().username() + "; their sessions have ended.";
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication authentication, RedirectAttributes flash) {
        return PageActions.run(flash, SecurityPaths.USERS_PAGE, () -> {
            accounts.delete(id, authentication.getName());
            return "Deleted the user.";
        });
    }
}
