package io.dupliwatch.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The UI language: the one chosen in the UI (cookie {@value #COOKIE}) or else the browser's first supported
 * language. The browser's region is kept when its language is the one used, so an en-GB browser gets British
 * dates.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "dw-lang";
    static final List<String> LANGUAGES = List.of("en", "fr");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String chosen = chosenLanguage(request);
        for (Locale browser : Collections.list(request.getLocales())) {
            String language = browser.getLanguage();
            if (chosen != null ? chosen.equals(language) : LANGUAGES.contains(language)) {
                return browser;
            }
        }
        return Locale.forLanguageTag(chosen != null ? chosen : LANGUAGES.get(0));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        boolean chosen = locale != null && LANGUAGES.contains(locale.getLanguage());
        ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen ? locale.getLanguage() : "")
                .path("/").sameSite("Lax").maxAge(chosen ? Duration.ofDays(365) : Duration.ZERO)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** The language chosen in the UI, {@code null} when the browser decides. */
    static String chosenLanguage(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && LANGUAGES.contains(cookie.getValue())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
