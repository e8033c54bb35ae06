package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/** The home page as a teacher's browser shows it. */
class HomePageIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy();
  }

  @Test
  void showsTheProgramWithItsLandmarksAndTitle() throws Exception {
    try (Browser browser = Browser.open()) {
      ChromeDriver page = browser.driver();
      page.get(base.toString());

      assertThat(page.getTitle()).isEqualTo("Home · Pathways");
      assertThat(page.findElements(By.cssSelector("header.site-header"))).hasSize(1);
      assertThat(page.findElements(By.cssSelector("nav[aria-label]")))
          .hasSizeGreaterThanOrEqualTo(1);
      assertThat(page.findElements(By.tagName("main"))).hasSize(1);
      assertThat(page.findElements(By.tagName("footer"))).hasSize(1);
      assertThat(page.findElements(By.tagName("h1"))).hasSize(1);
      assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
      assertThat(page.findElement(By.id("program")).getText())
          .contains("Elementary school (K-5)", "Middle school", "High school", "Phase 4");

      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  @Test
  void aVisitorFindsTheThreeWaysInOnTheHomePageByKeyboard() throws Exception {
    Http.awaitReady(base);
    try (Browser browser = Browser.open()) {
      ChromeDriver page = browser.driver();
      page.get(base.toString());

      List<WebElement> ways = page.findElements(By.cssSelector(".hero .actions a"));
      assertThat(ways)
          .extracting(WebElement::getText)
          .containsExactly("Create an account", "Find your course", "Find a workshop near you");
      long fold = (Long) page.executeScript("return window.innerHeight;");
      for (WebElement way : ways) {
        assertThat(way.getRect().getY() + way.getRect().getHeight())
            .as("%s is above the fold", way.getText())
            .isLessThan((int) fold);
      }
      browser.assertAccessible();

      follow(browser, "cta-sign-up");
      assertThat(page.getCurrentUrl()).contains("/identity/sign-up.xhtml");
      assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Create your account");
      browser.assertAccessible();

      page.get(base.toString());
      follow(browser, "cta-course");
      assertThat(page.getCurrentUrl()).contains("/catalog/index.xhtml");
      assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Courses and programs");
      browser.assertAccessible();

      page.get(base.toString());
      follow(browser, "cta-workshop");
      assertThat(page.getCurrentUrl()).contains("/workshops/index.xhtml");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  @Test
  void aSignedInTeacherIsOfferedToContinueLearningInsteadOfANewAccount() throws Exception {
    Http.awaitReady(base);
    var created =
        Http.json(
            "POST",
            Http.serverRoot(base, "/api/accounts"),
            "{\"email\":\"casey@school.test\",\"password\":\"a bright winter morning\","
                + "\"name\":\"Casey Teacher\"}",
            null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    try (Browser browser = Browser.open()) {
      ChromeDriver page = browser.driver();
      page.get(Http.serverRoot(base, "/identity/sign-in.xhtml").toString());
      browser.signInHere("casey@school.test", "a bright winter morning");

      page.get(base.toString());
      assertThat(page.findElements(By.cssSelector(".hero .actions a")))
          .extracting(WebElement::getText)
          .containsExactly("Continue learning", "Find your course", "Find a workshop near you");
      browser.assertAccessible();
      follow(browser, "cta-continue");
      assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My learning");
      browser.assertNoCspViolations();
    }
  }

  /** Tabs to the link, checks that its focus shows, and follows it with Enter. */
  private static void follow(Browser browser, String id) {
    browser.tabTo(id);
    assertThat(browser.focused().getCssValue("outline-style"))
        .as("focus on %s is visible", id)
        .isEqualTo("solid");
    browser.press(Keys.ENTER);
  }

  @Test
  void theFirstTabOffersToSkipToTheMainContent() throws Exception {
    try (Browser browser = Browser.open()) {
      ChromeDriver page = browser.driver();
      page.get(base.toString());

      page.findElement(By.tagName("body")).sendKeys(Keys.TAB);
      WebElement focused = page.switchTo().activeElement();
      assertThat(focused.getText()).isEqualTo("Skip to main content");

      focused.sendKeys(Keys.ENTER);
      assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }
  }

  @Test
  void anUnknownAddressShowsAHelpfulPageNotAStackTrace() throws Exception {
    try (Browser browser = Browser.open()) {
      ChromeDriver page = browser.driver();
      page.get(base.toString() + "no-such-page.xhtml");

      assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
      assertThat(page.getPageSource()).doesNotContain("Exception", "at org.");
      browser.assertAccessible();
    }
  }
}
