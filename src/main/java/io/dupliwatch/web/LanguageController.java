package io.dupliwatch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.config.Language;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch in the page header: remembers the choice and goes back to the page it was made on. */
@Controller
class LanguageController {

    static final String LANGUAGE = "/language";

    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    /** @param lang a supported language, or {@code auto} to follow the browser again */
    @PostMapping(LANGUAGE)
    String choose(@RequestParam String lang, @RequestParam(defaultValue = "/") String back,
                  HttpServletRequest request, HttpServletResponse response) {
        locales.setLocale(request, response, Language.ofTag(lang).map(Language::locale).orElse(null));
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    /** Only paths of this server: no scheme, no host, no protocol-relative {@code //host}. */
    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.chars().noneMatch(c -> c < 0x20);
    }
}
