package io.dupliwatch.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The locales a reader may pick on the display page for dates, numbers and the first day of the week, when they
 * want other formats than their language's (cookie {@value #COOKIE}): every language-and-country locale Java knows.
 */
public final class FormatLocales {

    public static final String COOKIE = "dw-formats";

    private static final List<Locale> CHOICES = Arrays.stream(Locale.getAvailableLocales())
            .filter(locale -> locale.getCountry().length() == 2 && locale.getScript().isEmpty()
                    && locale.getVariant().isEmpty() && locale.getUnicodeLocaleKeys().isEmpty())
            .sorted(Comparator.comparing(Locale::toLanguageTag))
            .toList();

    private FormatLocales() {
    }

    static List<Locale> all() {
        return CHOICES;
    }

    /** The locale a cookie names, empty for none or one not offered. */
    public static Optional<Locale> fromCookie(String value) {
        return CHOICES.stream().filter(locale -> locale.toLanguageTag().equals(value)).findFirst();
    }
}
