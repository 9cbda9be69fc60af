package io.dupliwatch.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/**
 * The signed-in user's own password, for the change-password page: right after a login with a one-time password
 * it is the only page available. On success every other session of the user ends and this one gets a new id
 * and the authorities of the account as it now is.
 */
@Service
@ConditionalOnWebApplication
public class OwnPassword {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final SecurityContextRepository contextRepository;

    OwnPassword(Accounts accounts, PasswordPolicy policy, SecurityContextRepository contextRepository) {
        this.accounts = accounts;
        this.policy = policy;
        this.contextRepository = contextRepository;
    }

    public int minLength() {
        return policy.minLength();
    }

    /** Signed in with a one-time password that must be replaced before anything else. */
    public boolean mustChange(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> Authorities.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()));
    }

    /**
     * @throws RefusedChangeException    the caller is not a login session
     * @throws InvalidInputException     a wrong current password, or a new one the policy refuses
     * @throws TooManyAttemptsException  too many wrong passwords lately
     */
    public void change(Authentication authentication, String currentPassword, String newPassword,
                       HttpServletRequest request, HttpServletResponse response) {
        if (!(authentication.getPrincipal() instanceof SignedInUser user)) {
            throw new RefusedChangeException("Only a signed-in user can change a password here");
        }
        UserAccount updated = accounts.changeOwnPassword(user.username(), currentPassword, newPassword,
                request.getSession().getId(), request.getRemoteAddr());
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken refreshed = UsernamePasswordAuthenticationToken.authenticated(
                new SignedInUser(updated.id(), updated.username(), updated.role()), null, Authorities.forAccount(updated));
        refreshed.setDetails(authentication.getDetails());
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
    }
}
