package org.pathways.reflection.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathways.testing.ShippedContent.K5;
import static org.pathways.testing.ShippedContent.MS;
import static org.pathways.testing.ShippedContent.firstReflection;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/** The reflection editor in Chromium: nothing typed is lost, nothing written runs. */
class ReflectionPagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  private void signIn(Browser browser, Api.Person person) {
    browser.driver().get(page("/identity/sign-in.xhtml"));
    browser.signInHere(person.email(), person.password());
  }

  private static String status(ChromeDriver driver) {
    return driver.findElement(By.id("reflection-status")).getText();
  }

  private String draftText(Api api, Api.Person teacher, String enrollment, String step) {
    return api
        .get("/api/enrollments/" + enrollment + "/reflections", teacher.token())
        .array()
        .getValuesAs(jakarta.json.JsonObject.class)
        .stream()
        .filter(p -> p.getString("stepKey").equals(step))
        .findFirst()
        .orElseThrow()
        .getJsonObject("draft")
        .getString("text");
  }

  @Test
  void textTypedWhileTheNetworkIsDownIsKeptAndSavedWhenThePageComesBack() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Nina Network");
    String enrollment =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token()).text("id");
    Step step = firstReflection(K5);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, teacher);
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + step.key()));
      browser.assertAccessible();
      browser.tabTo("reflection:text");
      browser.type("My class loved the unplugged activity.");
      browser.waitFor(d -> status(d).startsWith("Saved at"));

      ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
      offline.setOffline(true);
      driver.setNetworkConditions(offline);
      browser.type(" Next time I will pair them up.");
      browser.waitFor(d -> status(d).startsWith("No connection"));
      driver.deleteNetworkConditions();
      // Back online, the page saves the text it kept without waiting for a reload (#22).
      browser.waitFor(d -> status(d).startsWith("Saved at"));

      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + step.key()));
      assertThat(driver.findElement(By.id("reflection:text")).getDomProperty("value"))
          .isEqualTo("My class loved the unplugged activity. Next time I will pair them up.");
      assertThat(draftText(api, teacher, enrollment, step.key()))
          .isEqualTo("My class loved the unplugged activity. Next time I will pair them up.");
      browser.assertNoCspViolations();
    }
  }

  /** Every key Pathways keeps in this browser's local and session storage. */
  @SuppressWarnings("unchecked")
  private static java.util.List<String> pathwaysKeys(ChromeDriver driver) {
    return (java.util.List<String>)
        driver.executeScript(
            "return Object.keys(localStorage).concat(Object.keys(sessionStorage))"
                + ".filter(function (k) { return k.indexOf('pathways.') === 0; });");
  }

  @Test
  void aReflectionIsNotLeftOnASharedLaptopOnceSavedNorAfterSignOut() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Sam Shared");
    api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    Step step = firstReflection(K5);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, teacher);
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + step.key()));
      browser.tabTo("reflection:text");
      browser.type("Maya and Leo argued about loops.");
      assertThat(pathwaysKeys(driver)).as("kept while not on the server").hasSize(1);
      browser.waitFor(d -> status(d).startsWith("Saved at"));
      assertThat(pathwaysKeys(driver)).as("gone once the server has it").isEmpty();

      ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
      offline.setOffline(true);
      driver.setNetworkConditions(offline);
      browser.type(" Priya helped them.");
      browser.waitFor(d -> status(d).startsWith("No connection"));
      assertThat(pathwaysKeys(driver)).as("kept while the server cannot have it").hasSize(1);
      driver.deleteNetworkConditions();

      browser.tabTo("sign-out:submit");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.findElements(By.id("sign-out:submit")).isEmpty());
      assertThat(pathwaysKeys(driver)).as("nothing of Pathways stays after sign-out").isEmpty();
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  @Test
  void twoTabsWritingTheSameReflectionSeeBothVersionsInsteadOfLosingOne() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Tara Tabs");
    String enrollment =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token()).text("id");
    Step step = firstReflection(K5);
    String url = page("/learning/step.xhtml?course=" + K5 + "&step=" + step.key());
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, teacher);
      driver.get(url);
      String first = driver.getWindowHandle();
      driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
      driver.get(url);
      String second = driver.getWindowHandle();

      driver.switchTo().window(first);
      browser.tabTo("reflection:text");
      browser.type("Written in the first tab.");
      browser.waitFor(d -> status(d).startsWith("Saved at"));

      driver.switchTo().window(second);
      browser.tabTo("reflection:text");
      browser.type("Written in the second tab.");
      browser.waitFor(d -> d.findElement(By.id("reflection-conflict")).isDisplayed());
      assertThat(driver.findElement(By.id("reflection-other-text")).getText())
          .isEqualTo("Written in the first tab.");
      assertThat(driver.findElement(By.id("reflection:text")).getDomProperty("value"))
          .isEqualTo("Written in the second tab.");
      browser.assertAccessible();
      browser.tabTo("reflection-keep-mine");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> status(d).startsWith("Saved at"));
    }
    assertThat(draftText(api, teacher, enrollment, step.key()))
        .isEqualTo("Written in the second tab.");
  }

  @Test
  void aSubmitAfterTheSessionEndedGoesThroughSignInBackToTheTextAndThenSucceeds() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Sid Session");
    String enrollment =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token()).text("id");
    Step step = firstReflection(K5);
    int min = step.details(StepDetails.Reflection.class).minWords();
    String text = "Today I saw how my students debug. ".repeat(min / 7 + 2).strip();
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, teacher);
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + step.key()));
      browser.tabTo("reflection:text");
      browser.type(text);
      driver.manage().deleteCookieNamed("JSESSIONID");
      browser.tabTo("reflection:submit");
      browser.press(Keys.ENTER);

      assertThat(driver.getCurrentUrl()).contains("/identity/sign-in.xhtml?next=");
      browser.signInHere(teacher.email(), teacher.password());
      assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo(step.title());
      browser.waitFor(
          d -> d.findElement(By.id("reflection:text")).getDomProperty("value").equals(text));
      browser.tabTo("reflection:submit");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("Your reflection is submitted and saved.");
    }
    var prompts = api.get("/api/enrollments/" + enrollment + "/reflections", teacher.token());
    assertThat(prompts.body()).contains("\"version\":1");
  }

  @Test
  void scriptInAReflectionNeverRunsForItsAuthorOrItsFacilitator() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person facilitator = api.signUp("Faye Facilitator");
    var cohort =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                "Summer",
                "district",
                "Adams 12",
                "course",
                MS,
                "facilitators",
                jakarta.json.Json.createArrayBuilder().add(facilitator.email()).build()),
            api.token(ADMIN, ADMIN_PASSWORD));
    org.pathways.testing.MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    Api.Person teacher = api.signUp("Tia <b onmouseover=alert(7)>Teacher</b>");
    String enrollment =
        api.call(
                "POST",
                "/api/enrollments",
                Api.object("course", MS, "code", cohort.text("code")),
                teacher.token())
            .text("id");
    Step step = firstReflection(MS);
    int min = step.details(StepDetails.Reflection.class).minWords();
    String attack =
        "<script>alert(1)</script> <img src=x onerror=alert(2)> <svg onload=alert(3)></svg>"
            + " [click](javascript:alert(4)) <a href=\"javascript:alert(5)\">x</a>"
            + " <iframe src=\"data:text/html,<script>alert(6)</script>\"></iframe> "
            + "word ".repeat(min);
    var submitted =
        api.call(
            "POST",
            "/api/enrollments/" + enrollment + "/reflections/" + step.key() + "/submissions",
            Api.object("text", attack, "visibility", "FACILITATORS"),
            teacher.token());
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, teacher);
      driver.get(page("/learning/step.xhtml?course=" + MS + "&step=" + step.key()));
      assertThat(driver.getPageSource()).contains("Your submitted versions");
      assertNoDialog(driver);
      browser.assertNoCspViolations();
    }
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, facilitator);
      driver.get(page("/reflection/cohort.xhtml?cohort=" + cohort.text("id")));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Reflections shared with you");
      assertThat(driver.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      assertNoDialog(driver);
      browser.assertAccessible();
      Object csp =
          driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "fetch(location.href).then(r => done(r.headers.get('Content-Security-Policy')));");
      assertThat(csp.toString()).contains("script-src 'self'");
      browser.tabTo(feedbackField(driver));
      browser.type("Try the robot activity <script>alert(8)</script> next.");
      browser.tabToText("Send feedback");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("Your feedback is saved");
      assertNoDialog(driver);
      browser.assertNoCspViolations();
    }

    // The teacher takes it back: only them, without a new version.
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, teacher);
      driver.get(page("/learning/step.xhtml?course=" + MS + "&step=" + step.key()));
      // Tab enters the radio group at the checked choice (facilitators); up chooses "Only me".
      browser.tabTo("reflection:visibility:1");
      browser.press(Keys.ARROW_UP);
      assertThat(driver.findElement(By.id("reflection:visibility:0")).isSelected()).isTrue();
      browser.tabTo("reflection:share");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("every version of this reflection now follows");
    }
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    assertThat(
            api.get("/api/cohorts/" + cohort.text("id") + "/reflections", facilitatorToken)
                .json()
                .getInt("total"))
        .isZero();
  }

  private static String feedbackField(ChromeDriver driver) {
    return driver.findElement(By.cssSelector("textarea[name=feedback-text]")).getAttribute("id");
  }

  private static void assertNoDialog(ChromeDriver driver) {
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }
}
