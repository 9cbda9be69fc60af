package io.dupliwatch.security;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a form action of an admin page and turns its outcome into a flash message for the page it redirects to
 * (post/redirect/get): the success notice, or the reason it was refused.
 */
final class PageActions {

    private PageActions() {
    }

    static String run(RedirectAttributes flash, String page, Supplier<String> action) {
        try {
            flash.addFlashAttribute("notice", action.get());
        }
        catch (InvalidInputException | RefusedChangeException | NoSuchRecordException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + page;
    }
}
