package org.pathways.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;

/** What a keyboard user does on a step page, shared by the browser tests that walk a course. */
public final class KeyboardSteps {

  private KeyboardSteps() {}

  /**
   * Chooses every right answer of the quiz on the page: a check box by Tab and Space, a radio group
   * by Tab into it (at its first choice as shown: the order is shuffled per attempt), Space, then
   * the arrow keys.
   */
  public static void chooseRightAnswers(Browser browser, Step quiz) {
    ChromeDriver driver = browser.driver();
    for (StepDetails.Question question : quiz.details(StepDetails.Quiz.class).questions()) {
      for (StepDetails.Choice choice : question.choices()) {
        if (!choice.correct()) {
          continue;
        }
        String id = "answer-" + question.key() + "-" + choice.key();
        if (question.multiple()) {
          browser.tabTo(id);
          browser.press(Keys.SPACE);
        } else {
          browser.tabTo(
              driver.findElements(By.name("answer-" + question.key())).get(0).getAttribute("id"));
          browser.press(Keys.SPACE);
          for (int i = 0;
              i < question.choices().size() && !id.equals(browser.focused().getAttribute("id"));
              i++) {
            browser.press(Keys.ARROW_DOWN);
          }
        }
      }
    }
    browser.tabTo("quiz:check");
    browser.press(Keys.ENTER);
  }

  /** Types a puzzle's program over what the editor holds and asks the server to check it. */
  public static void checkProgram(Browser browser, String program) {
    browser.tabTo("puzzle:program");
    browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    browser.type(program);
    browser.tabTo("puzzle:check");
    browser.press(Keys.ENTER);
  }
}
