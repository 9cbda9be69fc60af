package io.dupliwatch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.dupliwatch.config.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and French bundles have the same keys; every pattern with arguments of every language formats cleanly. */
class MessagesTest {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void patternsWithArgumentsFormatWithoutLeftoversAndKeepTheirApostrophes() throws IOException {
        for (Language language : Language.values()) {
            String name = TranslationsTest.bundleFile(language);
            if (MessagesTest.class.getResource("/" + name) == null) {
                continue; // a missing bundle is TranslationsTest's to report
            }
            Properties bundle = bundle(name);
            Locale locale = language.locale();
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                if (!pattern.contains("{0")) {
                    continue;
                }
                String text = new MessageFormat(pattern, locale).format(new Object[] {2, 3, 4, 5, 6, 7});
                assertThat(text).as(name + " " + key).doesNotContain("{").doesNotContain("}");
                assertThat(text.chars().filter(c -> c == '\'').count()).as(name + " " + key + " apostrophes")
                        .isEqualTo(pattern.replace("''", "'").chars().filter(c -> c == '\'').count());
            }
        }
    }
}
