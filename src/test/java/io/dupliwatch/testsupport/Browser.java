package io.dupliwatch.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) against the test server, with
 * screenshots saved under {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String SESSION_COOKIE = "DUPLIWATCH_SESSION";

    private final ChromeDriver driver;
    private final String base;
    private Consumer<Browser> onOpen = browser -> { };

    /** @param base the application's address, with its context path */
    public Browser(String base) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1440,1000",
                "--hide-scrollbars");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        this.driver = new ChromeDriver(service, options);
        this.base = base;
    }

    /** Takes over the session of a client signed in with {@link Http#login}: the pages need a login. */
    public Browser signIn(Http session) {
        driver.get(base + "/login"); // only to set the cookie on this site: not a page the test visits
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie(SESSION_COOKIE, session.cookie(SESSION_COOKIE)));
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base + path);
        onOpen.accept(this);
        return this;
    }

    /** A check run on every page {@link #open} loads (accessibility, in {@link BrowserTestBase}). */
    public Browser onOpen(Consumer<Browser> check) {
        this.onOpen = check;
        return this;
    }

    /** Runs a script that calls back its last argument ({@code executeAsyncScript}), and returns what it passed. */
    public Object asyncScript(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    /** Sets a cookie of this site (the page must be open) and reloads. */
    public Browser cookie(String name, String value) {
        driver.manage().addCookie(new Cookie(name, value, "/"));
        driver.navigate().refresh();
        return this;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Clicks the element after scrolling it to the middle of the window (clear of the sticky header). */
    public void click(String css) {
        WebElement element = find(css);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    /** Picks a language (a tag such as {@code fr} or {@code zh-Hans}) in the header's language menu. */
    public void chooseLanguage(String tag) {
        new Select(find(".lang-switch select")).selectByValue(tag);
        click(".lang-switch button");
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The text of every element matching {@code css}, read at one instant (no element can go stale). */
    @SuppressWarnings("unchecked")
    public List<String> texts(String css) {
        return (List<String>) script("return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent.trim())", css);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class) // an htmx swap replaced the element meanwhile
                .ignoring(WebDriverException.class) // or a reload did, which Chromium reports as an unknown node
                .until(condition);
    }

    /** Saves the whole page (not only the window) as {@code target/screenshots/<name>.png}; a name may hold folders. */
    @SuppressWarnings("unchecked")
    public Path screenshot(String name) {
        script("window.scrollTo(0, 0)"); // else the sticky header is drawn where the window was scrolled to
        Map<String, Object> size = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(), "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Console errors (script errors, Content-Security-Policy violations) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
