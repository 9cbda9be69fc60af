package io.dupliwatch.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.dupliwatch.config.Language;
import io.dupliwatch.security.Accounts;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The UI language: the one chosen in the UI (cookie {@value #COOKIE}, also set at sign-in from the account), or
 * else the best match of the browser's {@code Accept-Language} ({@link Language#serving}: {@code pt-PT} reads
 * {@code pt-BR}, {@code zh-CN} reads {@code zh-Hans}), else English. The browser's region is kept for languages
 * with one bundle for all regions, so an en-GB browser gets British dates. A choice made while signed in is
 * remembered on the account.
 */
class LanguageResolver implements LocaleResolver {

    static final String COOKIE = "dw-lang";

    private final Accounts accounts;

    LanguageResolver(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        List<Locale> browser = accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Optional<Language> chosen = chosenLanguage(request);
        if (chosen.isPresent()) {
            return browser.stream().filter(wanted -> Language.serving(wanted).equals(chosen)).findFirst()
                    .map(wanted -> withRegion(chosen.get(), wanted)).orElse(chosen.get().locale());
        }
        return bestMatch(browser);
    }

    /** The locale an {@code Accept-Language} header gets: its best supported match, English without one. */
    static Locale bestMatch(String acceptLanguage) {
        return bestMatch(accepted(acceptLanguage));
    }

    private static Locale bestMatch(List<Locale> browser) {
        for (Locale wanted : browser) {
            Optional<Language> language = Language.serving(wanted);
            if (language.isPresent()) {
                return withRegion(language.get(), wanted);
            }
        }
        return Language.EN.locale();
    }

    /** The header's languages by preference, without those refused ({@code q=0}); none for a malformed header. */
    private static List<Locale> accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0 && !range.getRange().startsWith("*"))
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }

    /** {@code en} read by an en-GB browser formats as en-GB; tags with a region or script stay as they are. */
    private static Locale withRegion(Language language, Locale wanted) {
        Locale locale = language.locale();
        if (!locale.getCountry().isEmpty() || !locale.getScript().isEmpty() || wanted.getCountry().isEmpty()) {
            return locale;
        }
        return new Locale.Builder().setLanguage(locale.getLanguage()).setRegion(wanted.getCountry()).build();
    }

    /** @param locale {@code null} follows the browser again */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<Language> chosen = Optional.ofNullable(locale).flatMap(Language::serving);
        ResponseCookie cookie = ResponseCookie.from(COOKIE, chosen.map(Language::tag).orElse(""))
                .path("/").sameSite("Lax").maxAge(chosen.isPresent() ? Duration.ofDays(365) : Duration.ZERO)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        if (request.getUserPrincipal() != null) {
            accounts.rememberLanguage(request.getUserPrincipal().getName(), chosen.orElse(null));
        }
    }

    /** The language chosen in the UI, empty when the browser decides. */
    static Optional<Language> chosenLanguage(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.ofTag(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }
}
