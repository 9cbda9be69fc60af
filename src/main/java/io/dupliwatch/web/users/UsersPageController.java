package io.dupliwatch.web.users;

import java.util.Locale;

import io.dupliwatch.security.Accounts;
import io.dupliwatch.security.Role;
import io.dupliwatch.security.UserAccount;
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

/** {@code /settings/users}: the user administration page (plain forms). Admin only (security's rules). */
@Controller
@RequestMapping(UsersPageController.PATH)
class UsersPageController {

    static final String PATH = "/settings/users";
    static final String VIEW = "settings/users";

    private final Accounts accounts;
    private final MessageSource messages;

    UsersPageController(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping
    String page(Authentication authentication, Model model) {
        model.addAttribute("view", new UsersView(authentication.getName(), accounts.list(),
                (String) model.getAttribute("oneTimePassword")));
        return VIEW;
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String role, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            Accounts.OneTimePassword created = accounts.createWithOneTimePassword(username, Role.parse(role));
            flash.addFlashAttribute("oneTimePassword", created.password());
            return text(locale, "users.created", created.account().username());
        });
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Authentication authentication, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () ->
                text(locale, "users.enabledNotice", accounts.setEnabled(id, true, authentication.getName()).username()));
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Authentication authentication, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () ->
                text(locale, "users.disabledNotice", accounts.setEnabled(id, false, authentication.getName()).username()));
    }

    @PostMapping("/{id}/role")
    String role(@PathVariable long id, @RequestParam String role, Authentication authentication, Locale locale,
                RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            UserAccount account = accounts.setRole(id, Role.parse(role), authentication.getName());
            return text(locale, "users.roleNotice", account.username(), text(locale, "users.role." + account.role().id()));
        });
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            Accounts.OneTimePassword reset = accounts.resetPassword(id);
            flash.addFlashAttribute("oneTimePassword", reset.password());
            return text(locale, "users.resetNotice", reset.account().username());
        });
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Authentication authentication, Locale locale, RedirectAttributes flash) {
        return PageActions.run(flash, PATH, messages, locale, () -> {
            accounts.delete(id, authentication.getName());
            return text(locale, "users.deletedNotice");
        });
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
