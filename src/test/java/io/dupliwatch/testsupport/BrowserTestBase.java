package io.dupliwatch.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import org.webjars.WebJarVersionLocator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of browser tests: one headless Chromium per class, signed in as admin before each test (pages need a
 * login), and every test fails on any error in the browser's console (a Content-Security-Policy violation, an
 * uncaught script error, a link, asset or API call that failed, e.g. under a sub-path) unless the test announced it
 * with {@link #expectConsoleError}, and on any accessibility violation axe-core finds on a page it opens or on the
 * page it ends on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase extends ServerTestBase {

    private static final String AXE = readAxe();

    /**
     * Runs axe-core and answers its violations, one line each with the elements at fault. Swagger UI's own widgets
     * (a third-party bundle on /api/docs) are left out: not ours to fix; the page around them is checked.
     */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run({exclude: [['.swagger-ui']]}, {resultTypes: ['violations']})
                .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                .catch(error => done(['axe failed: ' + error]));""";

    protected Browser browser;

    private final List<String> expectedConsoleErrors = new ArrayList<>();

    @BeforeAll
    void startBrowser() {
        browser = new Browser(baseUrl()).onOpen(opened -> assertAccessible());
    }

    @BeforeEach
    void signInTheBrowser() {
        expectedConsoleErrors.clear();
        http = signedIn();
        browser.signIn(http);
    }

    /** Fails on any violation axe-core finds on the page as it is now, listing them. */
    protected void assertAccessible() {
        String path = browser.driver().getCurrentUrl().substring(baseUrl().length());
        if ("undefined".equals(browser.script("return typeof window.axe"))) {
            browser.script(AXE);
        }
        assertThat((List<?>) browser.asyncScript(RUN_AXE)).as("accessibility violations on %s", path).isEmpty();
    }

    @AfterEach
    void finalPageIsAccessible() {
        assertAccessible();
    }

    /**
     * Lets the console show an error containing {@code text} in this test: for a test that provokes a refusal on
     * purpose (a form sent with invalid values is answered 400, and Chromium logs every failed request).
     */
    protected void expectConsoleError(String text) {
        expectedConsoleErrors.add(text);
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.consoleErrors())
                .filteredOn(message -> expectedConsoleErrors.stream().noneMatch(message::contains))
                .as("errors in the browser's console").isEmpty();
    }

    private static String readAxe() {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        try (InputStream in = BrowserTestBase.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
