package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.platform.control.Languages;
import org.pathways.platform.control.Texts;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.KeyboardSteps;
import org.pathways.testing.ShippedContent;

/**
 * A teacher who reads Spanish, by keyboard: the switch, sign-up, enrolment in the K-5 workshop, a
 * reading, a quiz and a reflection, then the certificate and its PDF in Spanish; axe on every page,
 * and the pages at phone width without anything running off the edge.
 */
class SpanishJourneyIT extends DeployedPlatform {

  private static final String PHONE_CHECK =
      "h1, h2, .button, .site-header a, .site-header button, main label";

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered("pathways.public-url", "https://pathways.test"));
  }

  private static String es(String key, Object... arguments) {
    return Texts.in(Languages.SPANISH, key, arguments);
  }

  @Test
  void aTeacherWhoReadsSpanishSignsUpLearnsAndGetsHerCertificateInSpanishByKeyboard()
      throws Exception {
    Http.awaitReady(base);
    Course course = ShippedContent.course(K5);
    List<Step> steps = course.modules().stream().flatMap(m -> m.steps().stream()).toList();
    Api api = new Api(base);
    String email = "maria-" + System.nanoTime() + "@school.test";
    String password = "una mañana de invierno clara";
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/"));
      browser.tabTo("language-es");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      browser.assertAccessible();
      browser.assertNoOverlapAt(360, PHONE_CHECK);

      driver.get(page("/identity/sign-up.xhtml"));
      browser.assertAccessible();
      browser.tabTo("sign-up:name");
      browser.type("María Keyboard");
      browser.press(Keys.TAB);
      browser.type(email);
      browser.press(Keys.TAB);
      browser.type(password);
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo(es("learning.my_learning"));
      browser.assertAccessible();
      String token = api.token(email, password);
      assertThat(api.get("/api/me", token).text("language"))
          .as("she signed up in Spanish: her profile keeps it")
          .isEqualTo("es");

      driver.get(page("/catalog/index.xhtml"));
      browser.assertAccessible();
      browser.assertNoOverlapAt(360, PHONE_CHECK);
      browser.tabToText(course.title("es"));
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(course.title("es"));
      browser.assertAccessible();
      browser.tabTo("enroll:submit");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains(es("learning.enroll.done"));
      browser.assertAccessible();
      browser.tabTo("continue");
      browser.press(Keys.ENTER);

      Api.Person teacher = new Api.Person(null, email, password, "María Keyboard", token);
      String enrollment =
          api.get("/api/enrollments", token).array().getJsonObject(0).getString("id");
      for (Step step : course.modules().get(0).steps()) {
        assertThat(driver.findElement(By.id("step-title")).getText())
            .isEqualTo(course.stepTitle(step, "es"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        browser.assertAccessible();
        work(browser, step);
      }
      driver.get(page("/learning/course.xhtml?slug=" + K5));
      browser.assertAccessible();
      browser.assertNoOverlapAt(360, PHONE_CHECK);

      // The rest through the API, the last step by keyboard: the certificate page in Spanish.
      int first = course.modules().get(0).steps().size();
      for (Step step : steps.subList(first, steps.size() - 1)) {
        Api.Answer done = api.completeStep(teacher, enrollment, step);
        assertThat(done.status()).as(done.body()).isIn(200, 201);
      }
      Step last = steps.get(steps.size() - 1);
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + last.key()));
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo(es("learning.completed.title"));
      browser.assertAccessible();
      browser.assertNoCspViolations();
      driver.get(page("/learning/certificate.xhtml?enrollment=" + enrollment));
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
      browser.assertNoOverlapAt(360, PHONE_CHECK);

      var pdf =
          Http.bytes(
              java.net.http.HttpRequest.newBuilder(
                      Http.serverRoot(base, "/api/enrollments/" + enrollment + "/certificate.pdf"))
                  .header("Authorization", "Bearer " + token)
                  .build());
      assertThat(pdf.statusCode()).isEqualTo(200);
      try (var document = Loader.loadPDF(pdf.body())) {
        String text = new PDFTextStripper().getText(document);
        assertThat(text)
            .contains(es("learning.certificate.pdf.heading"), "María Keyboard")
            .contains(course.title("es").substring(0, 30));
        assertThat(document.getDocumentInformation().getTitle())
            .startsWith(es("learning.certificate.pdf.document_title", "").strip());
      }
    }
  }

  /** One step as a keyboard user does it. */
  private void work(Browser browser, Step step) {
    ChromeDriver driver = browser.driver();
    if (step.kind() == StepKind.QUIZ) {
      KeyboardSteps.chooseRightAnswers(browser, step);
      assertThat(driver.getPageSource()).contains(es("learning.quiz.passed"));
      browser.assertAccessible();
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
    } else if (step.kind() == StepKind.PUZZLE) {
      // Written with the names the Spanish page shows.
      String program =
          step.details(org.pathways.content.entity.Puzzle.class)
              .solution()
              .text()
              .replace("turn-left", "Girar a la izquierda")
              .replace("turn-right", "Girar a la derecha")
              .replace("move", "Avanzar")
              .replace("repeat", "Repetir")
              .replace("if path-ahead", "Si hay camino adelante")
              .replace("if path-left", "Si hay camino a la izquierda")
              .replace("if path-right", "Si hay camino a la derecha")
              .replace("else", "Si no");
      KeyboardSteps.checkProgram(browser, program);
      assertThat(driver.getPageSource()).contains(es("learning.puzzle.solved"));
      browser.assertAccessible();
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
    } else if (step.kind() == StepKind.REFLECTION) {
      int words = step.details(StepDetails.Reflection.class).minWords() + 3;
      browser.tabTo("reflection:text");
      browser.type("Voy a probar esto con mi clase mañana. ".repeat(words / 7 + 1));
      browser.tabTo("reflection:submit");
      browser.press(Keys.ENTER);
    } else {
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
    }
  }
}
