package io.dupliwatch.web;

import java.util.Locale;
import java.util.function.Supplier;

import io.dupliwatch.security.InvalidInputException;
import io.dupliwatch.security.NoSuchRecordException;
import io.dupliwatch.security.RefusedChangeException;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a plain form action of a settings page and turns its outcome into a flash message for the page it
 * redirects to (post/redirect/get), shown there as a toast: the success notice, or the reason it was refused.
 */
public final class PageActions {

    /** Flash attributes the settings frame shows as toasts. */
    public static final String NOTICE = "notice";
    public static final String PROBLEM = "problem";

    private PageActions() {
    }

    /**
     * @param action   does the change and returns the notice, in the user's language
     * @param messages and {@code locale}: the reason of a refusal in the user's language
     */
    public static String run(RedirectAttributes flash, String page, MessageSource messages, Locale locale,
                             Supplier<String> action) {
        try {
            flash.addFlashAttribute(NOTICE, action.get());
        }
        catch (InvalidInputException | RefusedChangeException | NoSuchRecordException e) {
            flash.addFlashAttribute(PROBLEM, messages.getMessage(e, locale));
        }
        return "redirect:" + page;
    }
}
