package io.dupliwatch.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogEscapeTest {

    @Test
    void lineBreaksAndControlCharactersBecomeVisibleEscapes() {
        assertThat(LogEscape.of("nas\r\n2026-01-01 INFO forged\tline\u0000\u001b[31m\u007f\u0085"))
                .isEqualTo("nas\\r\\n2026-01-01 INFO forged\\tline\\u0000\\u001B[31m\\u007F\\u0085");
    }

    @Test
    void bidiControlsAndLineSeparatorsAreEscaped() {
        assertThat(LogEscape.of("a\u202Etxt.exe\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u2028\u2029"))
                .isEqualTo("a\\u202Etxt.exe\\u202A\\u202B\\u202C\\u202D\\u2066\\u2067\\u2068\\u2069\\u200E\\u200F\\u061C"
                        + "\\u2028\\u2029");
    }

    @Test
    void ordinaryTextIsUnchanged() {
        String text = "Büro-NAS (Rack 2) 日本 😀 C:\\Users\\backup <x> 'y' \"z\"";

        assertThat(LogEscape.of(text)).isSameAs(text);
        assertThat(LogEscape.of(null)).isEqualTo("null");
        assertThat(LogEscape.of(42)).isEqualTo("42");
    }
}
