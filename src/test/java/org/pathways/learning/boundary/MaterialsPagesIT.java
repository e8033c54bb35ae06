package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.Http;

/**
 * The materials around the steps: a course's printables found from its page and printed without the
 * site around them, and a video from another host that loads nothing before the teacher presses
 * Play.
 */
class MaterialsPagesIT extends LearningFixtures {

  @Test
  void aVisitorFindsAndPrintsACoursesCardsAndGridSheetsByKeyboard() throws Exception {
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/learning/course.xhtml?slug=" + FIXTURE));
      browser.tabToText("Printables for this course: cards, grid sheets, posters and answer keys");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Printables");
      browser.assertAccessible();

      browser.tabToText("Move cards");
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.id("printable-title")).getText()).isEqualTo("Move cards");
      assertThat(driver.findElements(By.cssSelector(".cards .card__face")))
          .extracting(WebElement::getText)
          .containsExactly("↑", "F");
      WebElement grid = driver.findElement(By.cssSelector(".print-grid__table"));
      assertThat(grid.findElement(By.tagName("caption")).getText())
          .isEqualTo("Picture A: a smiley face");
      assertThat(grid.findElements(By.cssSelector("th[scope=col]"))).hasSize(4);
      assertThat(grid.findElements(By.cssSelector("th[scope=row]"))).hasSize(4);
      assertThat(grid.findElement(By.cssSelector("tbody tr td")).getDomProperty("textContent"))
          .as("a screen reader hears what a square is")
          .isEqualTo("shaded");
      assertThat(driver.findElement(By.cssSelector(".print-grid__key")).getText())
          .contains("empty", "shaded");
      assertThat(driver.findElement(By.id("print")).isDisplayed())
          .as("the Print button, shown by its script")
          .isTrue();
      browser.assertAccessible();
      browser.assertNoCspViolations();

      // On paper: the site's header, menus and the button are left off; the material stays.
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertThat(driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
      assertThat(driver.findElement(By.id("print")).isDisplayed()).isFalse();
      assertThat(driver.findElement(By.cssSelector(".cards")).isDisplayed()).isTrue();
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void anUnknownPrintableOrCourseIsNotFoundNotAnError() {
    for (String path :
        List.of(
            "/learning/printable.xhtml?course=" + FIXTURE + "&sheet=no-such-sheet",
            "/learning/printable.xhtml?course=no-such-course&sheet=move-cards",
            "/learning/printable.xhtml",
            "/learning/printables.xhtml?course=no-such-course",
            "/learning/printables.xhtml?course=" + HS,
            "/learning/course.xhtml?slug=no-such-course",
            "/learning/course.xhtml")) {
      assertThat(Http.get(Http.serverRoot(base, path)).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(
            Http.get(
                    Http.serverRoot(
                        base, "/learning/printable.xhtml?course=" + FIXTURE + "&sheet=move-cards"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aVideoFromAnotherHostLoadsOnlyWhenTheTeacherPressesPlay() throws Exception {
    Api.Person teacher = api.signUp("Vic Video");
    enrol(teacher, FIXTURE);
    String stepPath = "/learning/step.xhtml?course=" + FIXTURE + "&step=clip";
    String policy =
        Http.get(Http.serverRoot(base, stepPath))
            .headers()
            .firstValue("Content-Security-Policy")
            .orElseThrow();
    assertThat(policy)
        .contains(
            "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
            "media-src 'self';");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signedIn(browser, teacher);
      driver.get(page(stepPath));
      assertThat(driver.findElements(By.tagName("iframe"))).isEmpty();
      assertThat(fetchedFrom(driver, "youtube")).as("nothing from the host before Play").isZero();
      assertThat(driver.findElement(By.id("video-embed-notice")).getText())
          .contains(
              "www.youtube-nocookie.com", "Nothing is loaded from there until you press Play");
      assertThat(driver.findElement(By.id("video-captions")).getAttribute("href"))
          .endsWith("clip.en.vtt");
      assertThat(driver.getPageSource()).contains("The transcript: hello.");
      browser.assertAccessible();

      browser.tabTo("video-play");
      browser.press(Keys.ENTER);
      WebElement frame = driver.findElement(By.id("video-frame"));
      assertThat(frame.getAttribute("src"))
          .isEqualTo("https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?cc_load_policy=1&rel=0");
      assertThat(frame.getAttribute("title")).isEqualTo("A short clip");
      assertThat(browser.focused().getAttribute("id")).isEqualTo("video-frame");
    }
  }

  @Test
  void aTeacherWhoReadsSpanishGetsTranslatedStepsInSpanishAndIsToldWhenAStepIsNot()
      throws Exception {
    Api.Person teacher = api.signUp("Sofía Spanish");
    enrol(teacher, K5);
    enrol(teacher, FIXTURE);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/"));
      browser.tabTo("language-es");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      signedIn(browser, teacher);

      driver.get(page("/learning/course.xhtml?slug=" + K5));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo(spanishTitle("course.es.yaml"));
      browser.assertAccessible();

      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=welcome-to-the-workshop"));
      WebElement title = driver.findElement(By.id("step-title"));
      assertThat(title.getText()).isEqualTo("Le damos la bienvenida al taller");
      assertThat(title.getAttribute("lang")).isEqualTo("es");
      assertThat(driver.findElements(By.id("untranslated"))).isEmpty();
      assertThat(driver.findElement(By.id("outline-title")).getText())
          .as("the module's title in the outline")
          .doesNotContain("What computer science is");
      browser.assertAccessible();

      driver.get(page("/learning/step.xhtml?course=" + FIXTURE + "&step=clip"));
      assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
      assertThat(driver.findElement(By.id("untranslated")).getText())
          .contains("todavía no está traducido");
      assertThat(driver.findElement(By.id("step-title")).getAttribute("lang")).isEqualTo("en");
      browser.assertAccessible();

      driver.get(page("/learning/printable.xhtml?course=" + K5 + "&sheet=move-cards"));
      assertThat(driver.findElement(By.cssSelector("article.printable")).getAttribute("lang"))
          .isEqualTo("es");
      assertThat(driver.findElement(By.id("printable-title")).getText())
          .isEqualTo(spanishTitle("printables/move-cards.es.md"));
      browser.assertAccessible();
    }
  }

  /** The title a Spanish file of the K-5 package gives itself. */
  private static String spanishTitle(String file) throws java.io.IOException {
    return java.nio.file.Files.readAllLines(
            java.nio.file.Path.of("modules", K5, file), java.nio.charset.StandardCharsets.UTF_8)
        .stream()
        .filter(line -> line.startsWith("title: "))
        .findFirst()
        .orElseThrow()
        .substring("title: ".length())
        .replaceAll("^\"|\"$", "");
  }

  private static long fetchedFrom(ChromeDriver driver, String host) {
    Object count =
        driver.executeScript(
            "return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf(arguments[0]) >= 0; }).length;",
            host);
    return ((Number) count).longValue();
  }
}
