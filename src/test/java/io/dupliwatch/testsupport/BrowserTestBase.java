package io.dupliwatch.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of browser tests: one headless Chromium per class, signed in as admin before each test (pages need a
 * login), and every test fails on a Content-Security-Policy violation or an uncaught script error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestBase extends ServerTestBase {

    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @BeforeEach
    void signInTheBrowser() {
        http = signedIn();
        browser.signIn(http);
    }

    @AfterEach
    void noScriptOrPolicyErrors() {
        assertThat(browser.consoleErrors())
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Uncaught"));
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
