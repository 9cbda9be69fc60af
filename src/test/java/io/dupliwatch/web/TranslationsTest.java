package io.dupliwatch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.dupliwatch.config.Language;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI language is complete: each key of the English bundle is translated, keeps the same placeholders
 * ({@code {0}} arguments, {@code {backup_name}} template variables) and differs from English unless listed in
 * {@code i18n/same-as-english/<tag>.txt} as deliberately identical (product names, "OK", "Versions"…).
 */
class TranslationsTest {

    /** A MessageFormat argument's index ({@code {0}}, {@code {1,number}}) or a template variable ({@code {status}}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+|[a-z_]+)[,}]");

    /** The bundle file of a language, as {@link ResourceBundle} names it ({@code messages_zh_Hans.properties}); English is the base. */
    static String bundleFile(Language language) {
        return language == Language.EN ? "messages.properties" : ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES)
                .toBundleName("messages", language.locale()) + ".properties";
    }

    static Properties read(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource + " is missing").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> sameAsEnglish(Language language) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream(
                "/i18n/same-as-english/" + language.tag() + ".txt")) {
            if (in == null) {
                return Set.of();
            }
            return new TreeSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void bundleFilesAreNamedAfterTheTags() {
        assertThat(Arrays.stream(Language.values()).map(TranslationsTest::bundleFile)).containsExactly(
                "messages.properties", "messages_de.properties", "messages_fr.properties",
                "messages_es.properties", "messages_pt_BR.properties", "messages_it.properties",
                "messages_nl.properties", "messages_zh_Hans.properties", "messages_hi_Latn.properties");
    }

    @Test
    void springResolvesScriptAndRegionTagsToTheirBundles() {
        ResourceBundleMessageSource probe = new ResourceBundleMessageSource();
        probe.setBasename("i18n/probe");
        probe.setDefaultEncoding("UTF-8");
        probe.setFallbackToSystemLocale(false);

        assertThat(probe.getMessage("greeting", null, Language.ZH_HANS.locale())).isEqualTo("你好");
        assertThat(probe.getMessage("greeting", null, Locale.forLanguageTag("zh-Hans-CN"))).isEqualTo("你好");
        assertThat(probe.getMessage("greeting", null, Language.HI_LATN.locale())).isEqualTo("Namaste");
        assertThat(probe.getMessage("greeting", null, Language.PT_BR.locale())).isEqualTo("Olá");
        assertThat(probe.getMessage("greeting", null, Locale.forLanguageTag("de-AT"))).isEqualTo("Hallo");
        assertThat(probe.getMessage("greeting", null, Locale.forLanguageTag("en-GB"))).isEqualTo("Hello");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
    void everyEnglishKeyIsTranslatedWithTheSamePlaceholders(Language language) throws IOException {
        Properties english = read("messages.properties");
        Properties translated = read(bundleFile(language));
        Set<String> identical = sameAsEnglish(language);

        Set<String> untranslated = new TreeSet<>(english.stringPropertyNames());
        untranslated.removeAll(translated.stringPropertyNames());
        Set<String> stale = new TreeSet<>(translated.stringPropertyNames());
        stale.removeAll(english.stringPropertyNames());
        assertThat(untranslated).as(language.tag() + ": English keys without a translation").isEmpty();
        assertThat(stale).as(language.tag() + ": keys English no longer has").isEmpty();
        assertThat(english.stringPropertyNames()).as(language.tag() + ": same-as-english lists only English keys")
                .containsAll(identical);
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            assertThat(value).as(language.tag() + " " + key).isNotBlank();
            assertThat(placeholders(value)).as(language.tag() + " " + key + ": placeholders")
                    .isEqualTo(placeholders(english.getProperty(key)));
            if (!identical.contains(key)) {
                assertThat(value).as(language.tag() + " " + key + " is still English (or list it in "
                        + "i18n/same-as-english/" + language.tag() + ".txt)").isNotEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void everyBundleOfTheClassPathIsALanguageOfTheMenu() throws IOException {
        List<String> known = Arrays.stream(Language.values()).map(TranslationsTest::bundleFile).toList();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
            assertThat(files.map(path -> path.getFileName().toString())
                    .filter(name -> name.startsWith("messages_"))).allSatisfy(name -> assertThat(known).contains(name));
        }
    }
}
