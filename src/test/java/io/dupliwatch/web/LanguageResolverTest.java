package io.dupliwatch.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language and formats a browser gets from its {@code Accept-Language} and the language cookie. */
class LanguageResolverTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            NONE                          | en
            ''                            | en
            en-US,en;q=0.9                | en-US
            en-GB                         | en-GB
            de-DE,de;q=0.9,en;q=0.8       | de-DE
            de-AT                         | de-AT
            fr-CA                         | fr-CA
            es-419                        | es-419
            it-CH                         | it-CH
            nl-BE                         | nl-BE
            pt-BR                         | pt-BR
            pt                            | pt-BR
            pt-PT                         | pt-BR
            zh                            | zh-Hans
            zh-CN                         | zh-Hans
            zh-SG                         | zh-Hans
            zh-Hans-CN                    | zh-Hans
            zh-TW,fr;q=0.5                | fr
            zh-Hant                       | en
            zh-HK,zh-Hant;q=0.9           | en
            hi                            | hi-Latn
            hi-IN,en;q=0.5                | hi-Latn
            ja,ko;q=0.8,nl;q=0.3          | nl
            fr;q=0,de;q=0.5               | de
            *                             | en
            ru                            | en
            en;q=0.1,de;q=0.9             | de
            'not a ; header ;; q=x'       | en
            """)
    void acceptLanguageGetsItsBestSupportedMatch(String acceptLanguage, String expected) {
        assertThat(LanguageResolver.bestMatch(acceptLanguage).toLanguageTag()).isEqualTo(expected);
    }

    @Test
    void aChosenLanguageWinsAndKeepsTheBrowsersRegionWhenItIsTheSameLanguage() {
        LanguageResolver resolver = new LanguageResolver(null);

        assertThat(resolver.resolveLocale(request("en-GB,de;q=0.5", "de")).toLanguageTag()).isEqualTo("de");
        assertThat(resolver.resolveLocale(request("de-CH,en;q=0.5", "de")).toLanguageTag()).isEqualTo("de-CH");
        assertThat(resolver.resolveLocale(request("pt-PT", "pt-BR")).toLanguageTag()).isEqualTo("pt-BR");
        assertThat(resolver.resolveLocale(request(null, "zh-Hans")).toLanguageTag()).isEqualTo("zh-Hans");
    }

    @Test
    void anUnknownCookieIsIgnored() {
        LanguageResolver resolver = new LanguageResolver(null);

        assertThat(resolver.resolveLocale(request("it", "klingon")).toLanguageTag()).isEqualTo("it");
        assertThat(resolver.resolveLocale(request("it", "")).toLanguageTag()).isEqualTo("it");
    }

    private static MockHttpServletRequest request(String acceptLanguage, String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        request.setCookies(new Cookie(LanguageResolver.COOKIE, cookie));
        return request;
    }
}
