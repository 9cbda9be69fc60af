package io.dupliwatch.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.dupliwatch.config.Language;
import io.dupliwatch.testsupport.BrowserTestBase;
import io.dupliwatch.testsupport.Reports;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in every language: {@code <html lang>} is the language's tag and no text on the page (text nodes,
 * titles, labels, placeholders; not code such as scope ids and Duplicati options, nor what Duplicati sent, marked
 * {@code translate="no"}) is an English text of the bundles
 * that this language translates. Each page is saved
 * as {@code target/screenshots/<tag>/<page>.png} for a person to look over.
 */
class LanguagesBrowserTest extends BrowserTestBase {

    /** Every text of the page a person reads or hears. */
    private static final String VISIBLE_TEXTS = """
            const texts = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                if (!walker.currentNode.parentElement.closest('code, pre, kbd, [translate="no"]')) { // identifiers, options, logs, Duplicati's own words
                    texts.push(walker.currentNode.textContent.trim());
                }
            }
            for (const element of document.querySelectorAll('[title], [aria-label], [placeholder], [alt]')) {
                for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
                    if (element.hasAttribute(name)) {
                        texts.push(element.getAttribute(name).trim());
                    }
                }
            }
            return texts.filter(text => text.length > 0);""";

    /** English texts (without arguments) that {@code language} words differently. */
    private static Set<String> untranslatedEnglish(Language language) throws IOException {
        Properties english = TranslationsTest.read("messages.properties");
        if (language == Language.EN) {
            return Set.of();
        }
        Properties translated = TranslationsTest.read(TranslationsTest.bundleFile(language));
        Set<String> identical = TranslationsTest.sameAsEnglish(language);
        Set<String> theirs = new HashSet<>();
        translated.stringPropertyNames().forEach(key -> theirs.add(translated.getProperty(key)));
        Set<String> englishOnly = new HashSet<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            if (!text.contains("{") && !identical.contains(key) && !theirs.contains(text)) {
                englishOnly.add(text);
            }
        }
        return englishOnly;
    }

    /** The pages to visit, by screenshot name, for a server with a failed run. */
    private Map<String, String> pages() {
        Instant begin = Instant.now().minus(Duration.ofHours(2));
        http.upload(Reports.backup("Error").server("a1b2c3d4", "nas01").job("Documents")
                .started(begin, Duration.ofMinutes(4)).json());
        long run = jdbc.sql("SELECT id FROM runs").query(Long.class).single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "/");
        pages.put("dashboard-table", "/?view=table");
        pages.put("server", "/servers/a1b2c3d4");
        pages.put("run", "/servers/a1b2c3d4/runs/" + run);
        for (String settings : List.of("monitoring", "notifications", "servers", "display", "users", "tokens", "audit")) {
            pages.put("settings-" + settings, "/settings/" + settings);
        }
        pages.put("password", "/account/password");
        pages.put("error", "/servers/no-such-server");
        return pages;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPageSpeaksTheLanguage(Language language) throws IOException {
        Set<String> english = untranslatedEnglish(language);
        expectConsoleError("404");
        browser.cookie(LanguageResolver.COOKIE, language.tag());

        for (Map.Entry<String, String> page : pages().entrySet()) {
            browser.open(page.getValue());
            assertSpeaks(language, english, page.getKey());
        }
        browser.driver().manage().deleteCookieNamed("DUPLIWATCH_SESSION");
        browser.open("/login");
        assertSpeaks(language, english, "login");
    }

    @SuppressWarnings("unchecked")
    private void assertSpeaks(Language language, Set<String> english, String page) {
        browser.await(driver -> !browser.findAll("main").isEmpty());
        assertThat(browser.find("html").getAttribute("lang")).as(page).isEqualTo(language.tag());
        assertThat((List<String>) browser.script(VISIBLE_TEXTS)).as("English on " + page + " in " + language.tag())
                .filteredOn(english::contains).isEmpty();
        browser.screenshot(language.tag() + "/" + page);
    }
}
