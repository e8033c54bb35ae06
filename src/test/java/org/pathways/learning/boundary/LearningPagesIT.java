package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;
import static org.pathways.testing.ShippedContent.MS;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.KeyboardSteps;
import org.pathways.testing.ShippedContent;

/** The learning pages in headless Chromium, used with the keyboard only. */
class LearningPagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered("pathways.diagnostics.query-count", "true"));
  }

  private void signIn(Browser browser, String email, String password) {
    browser.driver().get(page("/identity/sign-in.xhtml"));
    browser.signInHere(email, password);
  }

  private static void signOut(Browser browser) {
    browser.tabTo("sign-out:submit");
    browser.press(Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().contains("signedOut=true"));
  }

  @Test
  void aNewTeacherEnrolsCompletesTheFirstModuleByKeyboardAndResumesAfterSigningInAgain()
      throws Exception {
    Http.awaitReady(base);
    Course course = ShippedContent.course(K5);
    CourseModule first = course.modules().get(0);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();

      driver.get(page("/identity/sign-up.xhtml"));
      browser.tabTo("sign-up:name");
      browser.type("Kim Keyboard");
      browser.press(Keys.TAB);
      browser.type("kim@school.test");
      browser.press(Keys.TAB);
      browser.type("a bright winter morning");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My learning");

      driver.get(page("/catalog/index.xhtml"));
      browser.assertAccessible();
      browser.tabToText(course.title());
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(course.title());
      browser.assertAccessible();
      browser.tabTo("enroll:submit");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("You are enrolled");
      browser.assertAccessible();
      String coursePage = page("/learning/course.xhtml?slug=" + K5);
      int courseQueriesBefore = queries(driver, coursePage);
      browser.tabTo("continue");
      browser.press(Keys.ENTER);

      for (Step step : first.steps()) {
        assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo(step.title());
        work(browser, step);
      }

      // "Next" on the module's last step opened the next module's first step (a reading): the
      // page records it as soon as it shows, without a click.
      Step opened = course.modules().get(1).steps().get(0);
      assertThat(opened.kind()).isEqualTo(StepKind.PAGE);
      assertThat(driver.findElement(By.id("step-title")).getText()).isEqualTo(opened.title());
      browser.waitFor(d -> d.findElement(By.id("step-status")).getText().startsWith("Recorded"));

      driver.get(page("/learning/course.xhtml?slug=" + course.slug()));
      assertThat(driver.findElement(By.cssSelector(".module--completed h3")).getText())
          .contains(first.title());
      assertThat(driver.findElements(By.cssSelector(".module--locked"))).isNotEmpty();
      browser.assertAccessible();
      // The course page and the step page cost the same few queries whatever the progress and the
      // step: the course is in memory, the progress is read in one query.
      assertThat(queries(driver, coursePage)).isEqualTo(courseQueriesBefore).isLessThanOrEqualTo(6);
      String stepPage = page("/learning/step.xhtml?course=" + K5 + "&step=");
      assertThat(queries(driver, stepPage + first.steps().get(0).key()))
          .isEqualTo(queries(driver, stepPage + opened.key()))
          .isLessThanOrEqualTo(6);

      signOut(browser);
      driver.get(page("/learning/index.xhtml"));
      assertThat(driver.getCurrentUrl()).contains("/identity/sign-in.xhtml?next=");
      browser.tabTo("sign-in:email");
      browser.type("kim@school.test");
      browser.press(Keys.TAB);
      browser.type("a bright winter morning");
      browser.press(Keys.ENTER);

      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My learning");
      browser.assertAccessible();
      browser.tabToText("Continue");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.id("step-title")).getText())
          .as("the first step not done after the last one worked on")
          .isEqualTo(course.modules().get(1).steps().get(1).title());
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  @Test
  void aNewTeacherLandsOnTheirLearningWithACourseForTheirGradesSuggested() throws Exception {
    Http.awaitReady(base);
    Course middle = ShippedContent.course(MS);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();

      driver.get(page("/"));
      browser.tabTo("cta-sign-up");
      browser.press(Keys.ENTER);
      browser.tabTo("sign-up:name");
      browser.type("Morgan Middle");
      browser.press(Keys.TAB);
      browser.type("morgan@school.test");
      browser.press(Keys.TAB);
      browser.type("a bright winter morning");
      browser.press(Keys.TAB);
      chooseByKeyboard(browser, "Middle school (6-8)");
      browser.tabTo("sign-up:submit");
      browser.press(Keys.ENTER);

      assertThat(driver.getCurrentUrl()).contains("/learning/index.xhtml");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My learning");
      assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
          .contains("Welcome to Pathways");
      assertThat(driver.findElement(By.id("suggested-title")).getText()).isEqualTo(middle.title());
      assertThat(driver.findElement(By.id("suggested-how")).getText())
          .contains("cohort code your district gives you");
      browser.assertAccessible();

      browser.tabTo("find-workshop");
      assertThat(browser.focused().getText()).isEqualTo("Find a workshop near you");
      browser.press(Keys.ENTER);
      assertThat(driver.getCurrentUrl()).contains("/workshops/index.xhtml");
      browser.assertAccessible();

      driver.navigate().back();
      browser.tabTo("suggested-course");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(middle.title());
      assertThat(driver.findElements(By.id("enroll:code")))
          .as("the course page asks for the cohort code")
          .hasSize(1);
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  @Test
  void aNewTeacherWhoKeepsTheirGradesToThemselvesSeesWhereEachRouteStarts() throws Exception {
    Http.awaitReady(base);
    Course k5 = ShippedContent.course(K5);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();

      driver.get(page("/identity/sign-up.xhtml"));
      browser.tabTo("sign-up:name");
      browser.type("Alex Unsaid");
      browser.press(Keys.TAB);
      browser.type("alex@school.test");
      browser.press(Keys.TAB);
      browser.type("a bright winter morning");
      browser.press(Keys.ENTER);

      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My learning");
      assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
          .contains("Welcome to Pathways");
      assertThat(driver.findElements(By.id("suggested-title"))).isEmpty();
      assertThat(driver.findElements(By.cssSelector(".getting-started .card h3")))
          .extracting(element -> element.getText())
          .containsExactly(
              k5.title(),
              ShippedContent.course(MS).title(),
              ShippedContent.course("hs-phase-1-foundations").title());
      assertThat(driver.findElements(By.linkText("Browse the courses"))).hasSize(1);
      assertThat(driver.findElements(By.id("find-workshop"))).hasSize(1);
      browser.assertAccessible();

      browser.tabToText("Tell Pathways the grades you teach");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your profile");
      browser.tabTo("profile:zip");
      browser.press(Keys.TAB);
      chooseByKeyboard(browser, "Elementary school (K-5)");
      browser.tabTo("profile:save");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("Your profile is saved");
      browser.assertAccessible();

      driver.get(page("/learning/index.xhtml"));
      assertThat(driver.findElement(By.id("suggested-title")).getText()).isEqualTo(k5.title());
      assertThat(driver.findElement(By.id("suggested-how")).getText()).contains("open to everyone");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  /**
   * In the radio group that has focus, chooses the option with this label as a keyboard user does
   * (Space, then the arrow keys) and checks it is chosen.
   */
  private static void chooseByKeyboard(Browser browser, String label) {
    String id =
        browser
            .driver()
            .findElement(By.xpath("//label[normalize-space()='" + label + "']"))
            .getAttribute("for");
    assertThat(browser.focused().getAttribute("type"))
        .as("focus is in the radio group")
        .isEqualTo("radio");
    // With nothing chosen yet, Tab stops on the first choice without choosing it: Space does.
    browser.press(Keys.SPACE);
    for (int i = 0; i < 6 && !id.equals(browser.focused().getAttribute("id")); i++) {
      browser.press(Keys.ARROW_DOWN);
    }
    assertThat(browser.focused().getAttribute("id")).isEqualTo(id);
    assertThat(browser.focused().isSelected()).as("%s is chosen", label).isTrue();
  }

  /** The SQL statements the platform sent to answer this page (X-Pathways-Queries). */
  private static int queries(ChromeDriver driver, String url) {
    Object count =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => done(r.headers.get('X-Pathways-Queries')));",
            url);
    assertThat(count).as("X-Pathways-Queries of %s", url).isNotNull();
    return Integer.parseInt(count.toString());
  }

  /** Completes one step the way a keyboard user would, then moves to the next. */
  private static void work(Browser browser, Step step) {
    ChromeDriver driver = browser.driver();
    if (step.kind() == StepKind.QUIZ) {
      KeyboardSteps.chooseRightAnswers(browser, step);
      assertThat(driver.getPageSource()).contains("Passed: this step is complete");
      browser.assertAccessible();
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
    } else if (step.kind() == StepKind.PUZZLE) {
      KeyboardSteps.checkProgram(
          browser, step.details(org.pathways.content.entity.Puzzle.class).solution().text());
      assertThat(driver.getPageSource()).contains("Solved!");
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
    } else if (step.kind() == StepKind.REFLECTION) {
      int words = step.details(StepDetails.Reflection.class).minWords() + 3;
      browser.tabTo("reflection:text");
      browser.type("I will try this with my class. ".repeat(words / 7 + 1));
      browser.tabTo("reflection:submit");
      browser.press(Keys.ENTER);
    } else {
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
    }
  }

  @Test
  void completingTheLastStepShowsTheCertificateItsPdfAndAPublicVerificationPage() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Cleo Certificate");
    Course course = ShippedContent.course(K5);
    String enrollment =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token()).text("id");
    List<Step> steps = course.modules().stream().flatMap(m -> m.steps().stream()).toList();
    for (Step step : steps.subList(0, steps.size() - 1)) {
      Api.Answer answer = api.completeStep(teacher, enrollment, step);
      assertThat(answer.status()).as(answer.body()).isIn(200, 201);
    }
    Step last = steps.get(steps.size() - 1);
    assertThat(last.kind()).isEqualTo(StepKind.WORKSHOP);

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, teacher.email(), teacher.password());
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + last.key()));
      browser.assertAccessible();
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);

      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Congratulations, you completed the course!");
      assertThat(driver.findElement(By.className("certificate__name")).getText())
          .isEqualTo("Cleo Certificate");
      String code = driver.findElement(By.id("certificate-code")).getText();
      assertThat(code).matches("PW(-[A-Z2-9]{4}){3}");
      browser.assertAccessible();
      String pdfUrl = driver.findElement(By.id("pdf")).getAttribute("href");
      Object pdfStart =
          driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "fetch(arguments[0]).then(r => r.text()).then(t => done(t.substring(0, 5)));",
              pdfUrl);
      assertThat(pdfStart).isEqualTo("%PDF-");
      browser.assertNoCspViolations();
    }

    try (Browser anyone = Browser.open()) {
      ChromeDriver driver = anyone.driver();
      driver.get(page("/learning/course.xhtml?slug=" + K5));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .as("visitors read a course's outline before enrolling")
          .isEqualTo(course.title());
      String code =
          api.get("/api/enrollments/" + enrollment + "/certificate", teacher.token()).text("code");
      driver.get(page("/certificates/verify.xhtml"));
      anyone.tabTo("code");
      anyone.type(code);
      anyone.press(Keys.ENTER);
      // The form is sent by GET: wait for the answer's page, not the form's.
      anyone.waitFor(d -> d.getCurrentUrl().contains("code="));
      assertThat(driver.getPageSource()).contains("This certificate is valid.", "Cleo Certificate");
      anyone.assertAccessible();
      driver.get(page("/certificates/verify.xhtml?code=PW-AAAA-BBBB-CCCC"));
      assertThat(driver.getPageSource()).contains("No certificate has this code.");
      driver.get(page("/learning/certificate.xhtml?enrollment=" + enrollment));
      assertThat(driver.getCurrentUrl()).as("signed-in pages ask for sign-in").contains("sign-in");

      Api.Person other = api.signUp("Otto Other");
      signIn(anyone, other.email(), other.password());
      driver.get(page("/learning/certificate.xhtml?enrollment=" + enrollment));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .as("another teacher's certificate does not exist for me")
          .isEqualTo("Page not found");
      driver.get(page("/learning/certificate.xhtml?enrollment=not-a-uuid"));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .as("a malformed id is an unknown one")
          .isEqualTo("Page not found");
      Object pdfStatus =
          driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "fetch(arguments[0]).then(r => done(r.status));",
              page("/learning/certificate.pdf?enrollment=" + enrollment));
      assertThat(pdfStatus).isEqualTo(404L);
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + last.key()));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .as("not enrolled: back to the course page")
          .isEqualTo(course.title());
    }
  }

  @Test
  void aProgramManagerCreatesACohortWhoseCodeATeacherUsesToEnrol() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person facilitator = api.signUp("Fay Facilitator");
    Api.Person teacher = api.signUp("Theo Teacher");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(browser, ADMIN, ADMIN_PASSWORD);
      driver.get(page("/admin/cohorts.xhtml"));
      browser.assertAccessible();
      browser.tabTo("cohort:name");
      browser.type("Denver fall cohort");
      browser.tabTo("cohort:district");
      browser.type("Denver Public Schools");
      browser.tabTo("cohort:course");
      browser.type(ShippedContent.course(MS).title());
      browser.tabTo("cohort:facilitators");
      browser.type("nobody at school");
      browser.tabTo("cohort:submit");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("nobody at school", "not email addresses");
      browser.assertAccessible();

      browser.tabTo("cohort:facilitators");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type(facilitator.email());
      browser.tabTo("cohort:submit");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("The cohort is created");
      String code = driver.findElement(By.cssSelector(".row--new code")).getText();
      assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
      signOut(browser);

      signIn(browser, teacher.email(), teacher.password());
      driver.get(page("/learning/course.xhtml?slug=" + MS));
      browser.tabTo("enroll:code");
      browser.type("WRONG-CODE");
      assertThat(driver.findElement(By.id("enroll:code")).getDomProperty("value"))
          .isEqualTo("WRONG-CODE");
      browser.tabTo("enroll:submit");
      assertThat(driver.findElement(By.id("enroll:code")).getDomProperty("value"))
          .isEqualTo("WRONG-CODE");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("not right for this course");
      browser.assertAccessible();
      browser.tabTo("enroll:code");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type(code.toLowerCase());
      browser.tabTo("enroll:submit");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("You are enrolled");
      browser.assertNoCspViolations();
    }
  }
}
