package io.dupliwatch.security;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/users}: account administration (admin only, by the URL rules). */
@RestController
@RequestMapping("/api/users")
class UsersApiController {

    /** Without {@code password}, a one-time password is generated. The new user changes it at first login. */
    record CreateUserRequest(String username, String role, String password) {
    }

    /** Fields left out are not changed. */
    record UpdateUserRequest(Boolean enabled, String role) {
    }

    record PasswordResponse(UserAccount user, String oneTimePassword) {
    }

    private final Accounts accounts;

    UsersApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserAccount> list() {
        return accounts.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PasswordResponse create(@RequestBody CreateUserRequest request) {
        if (request == null) {
            throw new InvalidInputException("username", "Send {\"username\", \"role\", \"password\"?}");
        }
        Role role = Role.parse(request.role() == null ? Role.VIEWER.id() : request.role());
        if (request.password() == null) {
            Accounts.OneTimePassword created = accounts.createWithOneTimePassword(request.username(), role);
            return new PasswordResponse(created.account(), created.password());
        }
        return new PasswordResponse(accounts.create(request.username(), role, request.password(), true), null);
    }

    @PatchMapping("/{id}")
    UserAccount update(@PathVariable long id, @RequestBody UpdateUserRequest request, Authentication caller) {
        UserAccount account = null;
        if (request.role() != null) {
            account = accounts.setRole(id, Role.parse(request.role()), caller.getName());
        }
        if (request.enabled() != null) {
            account = accounts.setEnabled(id, request.enabled(), caller.getName());
        }
        if (account == null) {
            throw new InvalidInputException("enabled", "Nothing to change: send \"enabled\" and/or \"role\"");
        }
        return account;
    }

    @PostMapping("/{id}/reset-password")
    PasswordResponse resetPassword(@PathVariable long id) {
        Accounts.OneTimePassword reset = accounts.resetPassword(id);
        return new PasswordResponse(reset.account(), reset.password());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Authentication caller) {
        accounts.delete(id, caller.getName());
    }
}
