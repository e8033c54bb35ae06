package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for browser tests, with the two checks every page must pass: WCAG 2.1 A
 * and AA (axe-core) and no Content-Security-Policy violation. Where Chromium is not installed (a
 * developer laptop) the test is skipped with a message; {@code .ci/run} installs it.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser open() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium"
            + " chromium-driver (.ci/run installs them).");
    Path profile = Files.createTempDirectory("pathways-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    return new Browser(driver, profile);
  }

  /** Lets the browser save downloads, without asking, into this folder. */
  public void downloadsTo(Path folder) {
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The element that has focus. */
  public org.openqa.selenium.WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /**
   * Moves focus with Tab (from the top of the page) until the element with this id has it, as a
   * keyboard user would; fails when Tab never reaches it.
   */
  public void tabTo(String id) {
    tabUntil(id, element -> id.equals(element.getAttribute("id")));
  }

  /** Moves focus with Tab until a link or button with exactly this text has it. */
  public void tabToText(String text) {
    tabUntil(
        text,
        element ->
            text.equals(element.getText().strip()) || text.equals(element.getAttribute("value")));
  }

  private void tabUntil(
      String what, java.util.function.Predicate<org.openqa.selenium.WebElement> wanted) {
    driver
        .findElement(org.openqa.selenium.By.tagName("body"))
        .sendKeys(org.openqa.selenium.Keys.TAB);
    for (int i = 0; i < 150 && !wanted.test(focused()); i++) {
      focused().sendKeys(org.openqa.selenium.Keys.TAB);
    }
    org.assertj.core.api.Assertions.assertThat(wanted.test(focused()))
        .as("Tab reaches %s", what)
        .isTrue();
  }

  /**
   * Waits (up to 30 s) until the condition holds on the current page. A condition that read an
   * element while a navigation replaced the document is asked again: Chromium reports that race as
   * a stale element or as "Node with given id does not belong to the document", and neither says
   * anything about the condition. Past the 30 s, the failure carries the last such error.
   */
  public void waitFor(java.util.function.Predicate<ChromeDriver> condition) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(DocumentReplaced.class)
        .until(
            d -> {
              try {
                return condition.test((ChromeDriver) d);
              } catch (org.openqa.selenium.WebDriverException e) {
                if (e instanceof org.openqa.selenium.StaleElementReferenceException
                    || e.getMessage() == null
                    || !e.getMessage().contains("does not belong to the document")) {
                  throw e;
                }
                throw new DocumentReplaced(e);
              }
            });
  }

  /** A read that met a document being replaced by a navigation. */
  private static final class DocumentReplaced extends RuntimeException {
    DocumentReplaced(Throwable cause) {
      super("the page was being replaced while the condition read it", cause);
    }
  }

  /**
   * Waits (up to 30 s) until the page says {@code text}: after a key or click that sends a form,
   * the answer may not have arrived when the next command runs.
   */
  public void awaitText(String text) {
    waitFor(d -> d.getPageSource().contains(text));
  }

  /** Signs in on the sign-in page (already open) with the keyboard, and waits to leave it. */
  public void signInHere(String email, String password) {
    tabTo("sign-in:email");
    type(email);
    press(org.openqa.selenium.Keys.TAB);
    type(password);
    press(org.openqa.selenium.Keys.ENTER);
    waitFor(d -> !d.getCurrentUrl().contains("sign-in"));
  }

  /**
   * Opens a staff page the way staff do, by keyboard: the header's Manage entry, then the page's
   * entry there ({@code manage-cohorts}, {@code manage-workshops}, {@code manage-inquiries}, {@code
   * manage-districts}, {@code manage-reports}, {@code manage-people}, {@code manage-content}).
   */
  public void openFromManage(String entry) {
    tabTo("menu-manage");
    press(org.openqa.selenium.Keys.ENTER);
    waitFor(d -> d.getCurrentUrl().contains("/manage/index.xhtml"));
    tabTo(entry);
    press(org.openqa.selenium.Keys.ENTER);
    waitFor(d -> !d.getCurrentUrl().contains("/manage/index.xhtml"));
  }

  /**
   * Draws the current page as a window this many CSS pixels wide (a school laptop at 200 % zoom and
   * more), then fails when two of the visible elements matching {@code selector} overlap or one
   * reaches past the right edge. The window then takes its own width again.
   */
  public void assertNoOverlapAt(int width, String selector) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    driver.navigate().refresh();
    @SuppressWarnings("unchecked")
    List<String> problems =
        (List<String>)
            driver.executeScript(
                "const els = [...document.querySelectorAll(arguments[0])]"
                    + ".filter(e => e.getClientRects().length > 0);"
                    + "const r = els.map(e => e.getBoundingClientRect());"
                    + "const name = e => (e.textContent || e.value || e.id).trim();"
                    + "const bad = [];"
                    + "for (let i = 0; i < r.length; i++) {"
                    + "  if (r[i].right > document.documentElement.clientWidth + 0.5)"
                    + "    bad.push(name(els[i]) + ' reaches past the edge');"
                    + "  for (let j = i + 1; j < r.length; j++) {"
                    + "    if (r[i].left < r[j].right && r[j].left < r[i].right"
                    + "        && r[i].top < r[j].bottom && r[j].top < r[i].bottom)"
                    + "      bad.push(name(els[i]) + ' overlaps ' + name(els[j]));"
                    + "  }"
                    + "}"
                    + "return bad;",
                selector);
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    driver.navigate().refresh();
    assertThat(problems).as("at %d CSS px wide: %s", width, selector).isEmpty();
  }

  /** Types into the focused field. */
  public void type(String text) {
    focused().sendKeys(text);
  }

  /** Presses keys on the focused element. */
  public void press(CharSequence... keys) {
    focused().sendKeys(keys);
  }

  /** Fails with the list of WCAG 2.1 A/AA violations on the current page. */
  public void assertAccessible() {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    assertThat(results.getViolations())
        .as(
            "WCAG 2.1 AA violations on %s:%n%s",
            driver.getCurrentUrl(), describe(results.getViolations()))
        .isEmpty();
  }

  /** Fails when the browser reported any Content-Security-Policy violation since the last call. */
  public void assertNoCspViolations() {
    List<String> violations =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(message -> message.contains("Content Security Policy"))
            .toList();
    assertThat(violations).as("CSP violations on %s", driver.getCurrentUrl()).isEmpty();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var paths = Files.walk(profile)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
