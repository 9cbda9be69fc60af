package io.dupliwatch.web;

import java.util.Locale;

/** Colour theme chosen in the browser (cookie {@value #COOKIE}); {@code SYSTEM} follows the OS setting. */
public enum Theme {
    SYSTEM, LIGHT, DARK;

    public static final String COOKIE = "dw-theme";

    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Theme fromCookie(String value) {
        for (Theme theme : values()) {
            if (theme.attribute().equals(value)) {
                return theme;
            }
        }
        return SYSTEM;
    }
}
