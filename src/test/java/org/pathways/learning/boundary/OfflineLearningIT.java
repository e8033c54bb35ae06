package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.CuttableProxy;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.Rows;
import org.pathways.testing.ShippedContent;

/**
 * A teacher on a failing connection in Chromium: the service worker serves the steps of the module
 * already opened, every write made offline waits in the browser with its Idempotency-Key and
 * reaches the server exactly once when the connection returns, even after the tab was closed.
 */
class OfflineLearningIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  private static List<Step> firstModule() {
    return ShippedContent.course(K5).modules().get(0).steps();
  }

  private static Step first(StepKind kind) {
    return firstModule().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  /** The browser reaches the platform through this, so that a test can cut its connection. */
  private CuttableProxy proxy;

  private String at(String path) {
    return "http://" + base.getHost() + ":" + proxy.port() + path;
  }

  private String stepPage(Step step) {
    return at("/learning/step.xhtml?course=" + K5 + "&step=" + step.key());
  }

  private void signInThroughProxy(Browser browser, Api.Person person) {
    browser.driver().get(at("/identity/sign-in.xhtml"));
    browser.signInHere(person.email(), person.password());
  }

  /**
   * Offline for the page (Chromium's emulation through the driver: requests fail, navigator.onLine
   * is false, the online event fires on return) and for its service worker, which that emulation
   * does not reach: the relay to the platform is cut too.
   */
  private void goOffline(ChromeDriver driver) {
    ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
    offline.setOffline(true);
    driver.setNetworkConditions(offline);
    proxy.cut();
  }

  private void goOnline(ChromeDriver driver) {
    proxy.restore();
    driver.deleteNetworkConditions();
  }

  @org.junit.jupiter.api.BeforeEach
  void relay() throws IOException {
    proxy = CuttableProxy.to(base.getHost(), base.getPort());
  }

  @org.junit.jupiter.api.AfterEach
  void closeRelay() throws IOException {
    proxy.close();
  }

  /**
   * The offline status sentence; empty while a page is being replaced (or has none). Read in one
   * script, not through an element reference: a post that navigates can replace the document
   * between finding the element and reading it, which Chromium reports in several ways (a stale
   * element, or "Node with given id does not belong to the document").
   */
  private static String offlineStatus(ChromeDriver driver) {
    try {
      Object text =
          driver.executeScript(
              "var status = document.getElementById('offline-status');"
                  + " return status ? status.innerText : '';");
      return text == null ? "" : text.toString().strip();
    } catch (org.openqa.selenium.WebDriverException replaced) {
      return "";
    }
  }

  private static Object script(ChromeDriver driver, String asyncScript) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver.executeAsyncScript(asyncScript);
  }

  /** How many step pages the service worker keeps for this account. */
  private static long keptPages(ChromeDriver driver, String account) {
    Object n =
        script(
            driver,
            "var done = arguments[arguments.length - 1];"
                + "caches.keys().then(function (names) {"
                + "  var name = names.filter(function (n) {"
                + "    return n.indexOf('pathways-pages-"
                + account
                + "') === 0; })[0];"
                + "  if (!name) { done(0); return; }"
                + "  caches.open(name).then(function (c) { return c.keys(); })"
                + "    .then(function (k) { done(k.length); });"
                + "}).catch(function () { done(-1); });");
    return ((Number) n).longValue();
  }

  /** Ticks every right choice of the quiz page open in {@code driver}. */
  private static void chooseTheRightAnswers(ChromeDriver driver, Step quiz) {
    for (StepDetails.Question question : quiz.details(StepDetails.Quiz.class).questions()) {
      for (StepDetails.Choice choice : question.choices()) {
        if (choice.correct()) {
          driver.executeScript(
              "document.getElementById(arguments[0]).click();",
              "answer-" + question.key() + "-" + choice.key());
        }
      }
    }
  }

  private long count(String sql, String enrollment) {
    return Rows.count(database.dataSource(), sql, enrollment);
  }

  @Test
  void writesMadeOfflineReachTheServerOnceWhenTheConnectionReturnsAfterTheTabIsClosed()
      throws Exception {
    Api api = readyApi();
    Api.Person teacher = api.signUp("Olga Offline");
    String enrollment = enrolInK5(api, teacher);
    List<Step> steps = firstModule();
    Step quiz = first(StepKind.QUIZ);
    Step reflection = first(StepKind.REFLECTION);
    int minWords = reflection.details(StepDetails.Reflection.class).minWords();
    String reflectionText =
        "Written on the bus with no signal: my students will act out the instructions first. "
            .repeat(Math.max(2, minWords / 10 + 1))
            .strip();

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signInThroughProxy(browser, teacher);
      driver.get(stepPage(steps.get(0)));
      String account = driver.findElement(By.id("offline")).getAttribute("data-account");
      assertThat(account).as("the page says who is signed in").hasSize(36);
      browser.waitFor(
          d -> Boolean.TRUE.equals(d.executeScript("return !!navigator.serviceWorker.controller")));
      // Opened once online: the service worker keeps every step of the module.
      browser.waitFor(d -> keptPages(d, account) >= steps.size());
      browser.waitFor(d -> d.findElement(By.id("step-status")).getText().startsWith("Recorded"));
      browser.assertAccessible();

      goOffline(driver);

      // Two steps read offline, from the service worker's copies (kept without their token).
      for (Step reading : List.of(steps.get(1), steps.get(2))) {
        driver.get(stepPage(reading));
        assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo(reading.title());
        assertThat(
                driver
                    .findElement(By.cssSelector("meta[name='pathways-token']"))
                    .getAttribute("content"))
            .as("a page served from this browser's copy, without a token")
            .isEmpty();
        browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));
      }

      // A quiz answered offline: the form's answers wait in the queue.
      driver.get(stepPage(quiz));
      chooseTheRightAnswers(driver, quiz);
      driver.executeScript(
          "document.getElementById(arguments[0]).textContent = '';", "offline-status");
      driver.findElement(By.id("quiz:check")).click();
      browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));
      assertThat(driver.getCurrentUrl()).as("still on the quiz, nothing lost").contains(quiz.key());

      // A reflection written and submitted offline.
      driver.get(stepPage(reflection));
      driver.findElement(By.id("reflection:text")).sendKeys(reflectionText);
      browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));
      driver.executeScript(
          "document.getElementById(arguments[0]).textContent = '';", "offline-status");
      driver.findElement(By.id("reflection:submit")).click();
      browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));
      browser.assertNoCspViolations();

      assertThat(
              count(
                  "select count(*) from quiz_attempt where enrollment_id = cast(? as uuid)",
                  enrollment))
          .as("nothing reached the server while offline")
          .isZero();

      // The tab is closed; another one opens once the connection is back.
      String closed = driver.getWindowHandle();
      driver.switchTo().newWindow(WindowType.TAB);
      String fresh = driver.getWindowHandle();
      driver.switchTo().window(closed).close();
      driver.switchTo().window(fresh);
      goOnline(driver);
      driver.get("about:blank");
      Thread.sleep(5_000);
      long completedBeforeNextVisit =
          count(
              "select count(*) from step_completion where enrollment_id = cast(? as uuid)",
              enrollment);
      System.out.println(
          "OfflineLearningIT: completions on the server before the next visit (Background Sync): "
              + completedBeforeNextVisit);

      driver.get(at("/learning/index.xhtml"));
      System.out.println(
          "OfflineLearningIT: the service worker's last Background Sync: "
              + script(
                  driver,
                  "var done = arguments[arguments.length - 1];"
                      + "Pathways.queue.getMeta('"
                      + account
                      + "', 'lastSync').then(function (m) { done(JSON.stringify(m)); });"));
      String left = "";
      for (int i = 0; i < 60; i++) {
        left =
            String.valueOf(
                script(
                    driver,
                    "var done = arguments[arguments.length - 1];"
                        + "Pathways.queue.entries('"
                        + account
                        + "').then(function (e) { done(JSON.stringify(e)); },"
                        + " function (e) { done(String(e)); });"));
        if ("[]".equals(left)) {
          break;
        }
        Thread.sleep(500);
      }
      driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
          .forEach(entry -> System.out.println("OfflineLearningIT console: " + entry.getMessage()));
      System.out.println(
          "OfflineLearningIT: last sent by "
              + script(
                  driver,
                  "var done = arguments[arguments.length - 1];"
                      + "Pathways.queue.getMeta('"
                      + account
                      + "', 'lastFlush').then(function (m) { done(JSON.stringify(m)); });"));
      assertThat(left).as("the queue, sent on the next visit").isEqualTo("[]");
      Object lastFlush =
          script(
              driver,
              "var done = arguments[arguments.length - 1];"
                  + "Pathways.queue.getMeta('"
                  + account
                  + "', 'lastFlush').then(function (m) { done(JSON.stringify(m)); });");
      System.out.println("OfflineLearningIT: last sent by " + lastFlush);
      // The quiz graded on arrival: its result is told on the page that sent it.
      browser.waitFor(
          d -> d.findElement(By.id("offline-notices")).getText().contains("were graded"));
      assertThat(driver.findElement(By.id("offline-notices")).getText()).contains("You passed");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }

    // Every write exactly once, the quiz graded on arrival.
    JsonObject progress = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    String view = progress.toString();
    for (Step done : List.of(steps.get(0), steps.get(1), steps.get(2), quiz)) {
      assertThat(
              count(
                  "select count(*) from step_completion where enrollment_id = cast(? as uuid)"
                      + " and step_key = '"
                      + done.key()
                      + "'",
                  enrollment))
          .as("%s completed once", done.key())
          .isEqualTo(1);
    }
    assertThat(
            count(
                "select count(*) from quiz_attempt where passed and enrollment_id = cast(? as uuid)",
                enrollment))
        .as("one attempt, passed")
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from quiz_attempt where enrollment_id = cast(? as uuid)",
                enrollment))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from reflection_submission where enrollment_id = cast(? as uuid)",
                enrollment))
        .as("one submission")
        .isEqualTo(1);
    assertThat(
            Rows.texts(
                database.dataSource(),
                "select text from reflection_submission where enrollment_id = cast(? as uuid)",
                enrollment))
        .containsExactly(reflectionText);
    assertThat(view).contains(quiz.key());
  }

  @Test
  void aQuizPostedWhileTheConnectionFailsUnnoticedIsKeptOnTheDeviceAndGradedOnArrival()
      throws Exception {
    Api api = readyApi();
    Api.Person teacher = api.signUp("Quentin Quiz");
    String enrollment = enrolInK5(api, teacher);
    List<Step> steps = firstModule();
    Step quiz = first(StepKind.QUIZ);

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      String account = moduleKeptOnThisDevice(browser, teacher, steps);

      driver.get(stepPage(quiz));
      chooseTheRightAnswers(driver, quiz);
      // The connection fails without the browser knowing: navigator.onLine stays true, so the
      // page posts its form as usual, and the post fails at the network.
      proxy.cut();
      assertThat(driver.executeScript("return navigator.onLine")).isEqualTo(Boolean.TRUE);
      driver.findElement(By.id("quiz:check")).click();

      browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));
      assertThat(driver.getCurrentUrl())
          .as("back on the quiz, not an error page")
          .contains(quiz.key());
      assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo(quiz.title());
      assertThat(
              count(
                  "select count(*) from quiz_attempt where enrollment_id = cast(? as uuid)",
                  enrollment))
          .as("nothing reached the server yet")
          .isZero();

      // Back: the next page sends the kept answers, and says how the quiz went.
      proxy.restore();
      driver.get(stepPage(steps.get(0)));
      browser.waitFor(
          d -> d.findElement(By.id("offline-notices")).getText().contains("were graded"));
      assertThat(driver.findElement(By.id("offline-notices")).getText()).contains("You passed");
      browser.assertAccessible();
    }

    assertThat(
            count(
                "select count(*) from quiz_attempt where passed and enrollment_id = cast(? as uuid)",
                enrollment))
        .as("graded on arrival, once")
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from quiz_attempt where enrollment_id = cast(? as uuid)",
                enrollment))
        .isEqualTo(1);
  }

  /** What is kept on this device for an account, by the names the offline scripts use. */
  private Api readyApi() {
    Http.awaitReady(base);
    return new Api(base);
  }

  private String enrolInK5(Api api, Api.Person teacher) {
    return api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token())
        .text("id");
  }

  /**
   * Signs the teacher in through the cuttable relay and opens the module's first step, online: the
   * service worker then controls the page and keeps every step of the module. Returns the account
   * the page names.
   */
  private String moduleKeptOnThisDevice(Browser browser, Api.Person teacher, List<Step> steps) {
    ChromeDriver driver = browser.driver();
    signInThroughProxy(browser, teacher);
    driver.get(stepPage(steps.get(0)));
    String account = driver.findElement(By.id("offline")).getAttribute("data-account");
    browser.waitFor(
        d -> Boolean.TRUE.equals(d.executeScript("return !!navigator.serviceWorker.controller")));
    browser.waitFor(d -> keptPages(d, account) >= steps.size());
    return account;
  }

  private static String keptFor(ChromeDriver driver, String account) {
    return String.valueOf(
        script(
            driver,
            "var done = arguments[arguments.length - 1];"
                + "Promise.all([caches.keys(), indexedDB.databases()]).then(function (r) {"
                + "  done(r[0].concat(r[1].map(function (d) { return d.name; }))"
                + "    .filter(function (n) { return n.indexOf('"
                + account
                + "') >= 0; }).join(' '));"
                + "});"));
  }

  @Test
  void signingOutWithWritesLeftUnsentSaysWhatAndForgetsThemOnlyWhenTheTeacherChooses()
      throws Exception {
    Api api = readyApi();
    Api.Person teacher = api.signUp("Sam Signout");
    String enrollment = enrolInK5(api, teacher);
    List<Step> steps = firstModule();
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      String account = moduleKeptOnThisDevice(browser, teacher, steps);

      goOffline(driver);
      driver.get(stepPage(steps.get(1)));
      browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));
      driver.findElement(By.id("sign-out:submit")).click();
      browser.waitFor(d -> !d.findElements(By.id("offline-unsent")).isEmpty());
      assertThat(driver.findElement(By.id("offline-unsent")).getText())
          .contains("could not be sent yet")
          .contains(steps.get(1).title());
      browser.assertAccessible();
      driver.findElement(By.id("offline-stay")).click();
      assertThat(driver.findElements(By.id("offline-unsent"))).isEmpty();

      // Back online, signing out sends what was kept first, then forgets it.
      goOnline(driver);
      driver.findElement(By.id("sign-out:submit")).click();
      browser.waitFor(d -> d.getCurrentUrl().contains("signedOut"));
      assertThat(
              count(
                  "select count(*) from step_completion where enrollment_id = cast(? as uuid)"
                      + " and step_key = '"
                      + steps.get(1).key()
                      + "'",
                  enrollment))
          .isEqualTo(1);
      browser.waitFor(d -> keptFor(d, account).isEmpty());
      browser.assertNoCspViolations();
    }
  }

  /**
   * The network drops without the browser noticing (navigator.onLine stays true, no online event
   * when it returns): the open page tries again by itself and the write arrives, no reload.
   */
  @Test
  void aWriteKeptWhileTheNetworkSilentlyDroppedIsSentWhenItReturnsWithoutAReload()
      throws Exception {
    Api api = readyApi();
    Api.Person teacher = api.signUp("Sid Silentdrop");
    String enrollment = enrolInK5(api, teacher);
    List<Step> steps = firstModule();
    String completed =
        "select count(*) from step_completion where enrollment_id = cast(? as uuid)"
            + " and step_key = '"
            + steps.get(1).key()
            + "'";
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      String account = moduleKeptOnThisDevice(browser, teacher, steps);

      proxy.cut();
      driver.get(stepPage(steps.get(1)));
      assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo(steps.get(1).title());
      browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));
      assertThat(driver.executeScript("return navigator.onLine")).isEqualTo(true);
      assertThat(count(completed, enrollment)).isZero();

      proxy.restore();
      browser.waitFor(d -> count(completed, enrollment) == 1);
      browser.waitFor(d -> "[]".equals(queued(d, account)));
      browser.assertNoCspViolations();
    }
  }

  private static String queued(ChromeDriver driver, String account) {
    return String.valueOf(
        script(
            driver,
            "var done = arguments[arguments.length - 1];"
                + "Pathways.queue.entries('"
                + account
                + "').then(function (e) { done(JSON.stringify(e)); },"
                + " function (e) { done(String(e)); });"));
  }

  @Test
  void aReflectionEditedOnTwoDevicesOfflineShowsBothVersionsToTheSecondToArrive() throws Exception {
    Api api = readyApi();
    Api.Person teacher = api.signUp("Tess Twodevices");
    String enrollment = enrolInK5(api, teacher);
    List<Step> steps = firstModule();
    Step reflection = first(StepKind.REFLECTION);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      String account = moduleKeptOnThisDevice(browser, teacher, steps);

      goOffline(driver);
      driver.get(stepPage(reflection));
      driver.findElement(By.id("reflection:text")).sendKeys("Written on this laptop, offline.");
      browser.waitFor(d -> offlineStatus(d).startsWith("Saved on this device"));

      // Meanwhile the teacher's phone saves its own draft first.
      Api.Answer phone =
          api.call(
              "PUT",
              "/api/enrollments/" + enrollment + "/reflections/" + reflection.key() + "/draft",
              Api.object("text", "Written on the phone.", "revision", 0),
              teacher.token());
      assertThat(phone.status()).as(phone.body()).isEqualTo(200);

      // The laptop's tab is closed while offline; the next visit sends its draft, second.
      String closed = driver.getWindowHandle();
      driver.switchTo().newWindow(WindowType.TAB);
      String fresh = driver.getWindowHandle();
      driver.switchTo().window(closed).close();
      driver.switchTo().window(fresh);
      goOnline(driver);
      driver.get(at("/learning/index.xhtml"));
      browser.waitFor(
          d -> d.findElement(By.id("offline-notices")).getText().contains("another device"));
      driver.findElement(By.linkText("Open the step")).click();
      browser.waitFor(d -> d.findElement(By.id("reflection-conflict")).isDisplayed());
      String shown =
          driver.findElement(By.id("reflection:text")).getDomProperty("value")
              + " | "
              + driver.findElement(By.id("reflection-other-text")).getText();
      assertThat(shown)
          .as("both versions on the page, nothing lost")
          .contains("Written on the phone.")
          .contains("Written on this laptop, offline.");
      browser.assertNoCspViolations();
    }
  }
}
