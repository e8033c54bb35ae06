package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;

/**
 * A quiz's choices on the step page come in an order that changes with each graded attempt and
 * stays while the teacher works on one; the API keeps the authored order; grading is by key.
 */
class QuizShufflingPagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  @Test
  void aQuizShowsItsChoicesInANewOrderForEachGradedAttemptAndGradesThemByKey() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Quinn Quiz");
    api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    Step quiz =
        ShippedContent.course(K5).modules().get(0).steps().stream()
            .filter(step -> step.kind() == StepKind.QUIZ)
            .findFirst()
            .orElseThrow();
    List<StepDetails.Question> questions = quiz.details(StepDetails.Quiz.class).questions();

    JsonObject view =
        api.get("/api/courses/" + K5 + "/steps/" + quiz.key(), teacher.token()).json();
    for (int q = 0; q < questions.size(); q++) {
      assertThat(
              view.getJsonArray("questions").getJsonObject(q).getJsonArray("choices").stream()
                  .map(choice -> choice.asJsonObject().getString("key"))
                  .toList())
          .as("the API keeps the authored order")
          .isEqualTo(questions.get(q).choices().stream().map(StepDetails.Choice::key).toList());
    }

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(teacher.email(), teacher.password());
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + quiz.key()));
      Map<String, List<String>> first = order(driver, questions);
      browser.assertAccessible();

      driver.navigate().refresh();
      assertThat(order(driver, questions)).as("a reload keeps the order").isEqualTo(first);

      browser.tabTo("quiz:check");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("Answer the questions to complete this quiz.");
      assertThat(order(driver, questions))
          .as("a submit that is not graded keeps the order")
          .isEqualTo(first);

      answer(browser, questions, false);
      browser.tabTo("quiz:check");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("Not passed yet.");
      Map<String, List<String>> second = order(driver, questions);
      for (StepDetails.Question question : questions) {
        assertThat(second.get(question.key()))
            .as("the next attempt's order of %s", question.key())
            .isNotEqualTo(first.get(question.key()))
            .containsExactlyInAnyOrderElementsOf(first.get(question.key()));
      }
      browser.assertAccessible();
      driver.navigate().to(page("/learning/step.xhtml?course=" + K5 + "&step=" + quiz.key()));
      assertThat(order(driver, questions))
          .as("reopening keeps this attempt's order")
          .isEqualTo(second);

      answer(browser, questions, true);
      browser.tabTo("quiz:check");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("Passed: this step is complete");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  /** The choice keys of each question in the order the page shows them. */
  private static Map<String, List<String>> order(
      ChromeDriver driver, List<StepDetails.Question> questions) {
    Map<String, List<String>> order = new LinkedHashMap<>();
    for (StepDetails.Question question : questions) {
      order.put(
          question.key(),
          driver.findElements(By.name("answer-" + question.key())).stream()
              .map(input -> input.getAttribute("value"))
              .toList());
    }
    return order;
  }

  /**
   * Chooses every right (or one wrong) choice of every question by keyboard: Tab into a radio group
   * lands on its first choice as shown, Space chooses it, the arrow keys move on.
   */
  private static void answer(Browser browser, List<StepDetails.Question> questions, boolean right) {
    for (StepDetails.Question question : questions) {
      List<WebElement> shown = browser.driver().findElements(By.name("answer-" + question.key()));
      List<String> wanted =
          question.choices().stream()
              .filter(choice -> choice.correct() == right)
              .limit(right ? Long.MAX_VALUE : 1)
              .map(choice -> "answer-" + question.key() + "-" + choice.key())
              .toList();
      for (WebElement input : shown) {
        String id = input.getAttribute("id");
        if (question.multiple() && input.isSelected() != wanted.contains(id)) {
          browser.tabTo(id);
          browser.press(Keys.SPACE);
        }
      }
      if (!question.multiple()) {
        browser.tabTo(shown.get(0).getAttribute("id"));
        browser.press(Keys.SPACE);
        for (int i = 0;
            i < shown.size() && !wanted.contains(browser.focused().getAttribute("id"));
            i++) {
          browser.press(Keys.ARROW_DOWN);
        }
        assertThat(browser.focused().isSelected()).isTrue();
      }
    }
  }
}
