package io.dupliwatch.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of browser tests: one headless Chromium per class, signed in as admin before each test (pages need a
 * login), and every test fails on a Content-Security-Policy violation, an uncaught script error or a 404 (a link,
 * asset or API call that missed, e.g. under a sub-path).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase extends ServerTestBase {

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(baseUrl());
    }

    @BeforeEach
    void signInTheBrowser() {
        http = signedIn();
        browser.signIn(http);
    }

    @AfterEach
    void noScriptOrPolicyErrors() {
        // The page itself may be a 404 (tests of the error page open one on purpose); nothing it loads may be.
        String page = browser.driver().getCurrentUrl() + " - ";
        assertThat(browser.consoleErrors())
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Uncaught")
                        || message.contains("status of 404") && !message.startsWith(page));
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
