package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Browser;
import org.pathways.testing.Deployments;
import org.pathways.testing.TestDatabases;

/** The home page as a teacher's browser shows it. */
@ExtendWith(ArquillianExtension.class)
class HomePageIT {

  private static EmbeddedDatabase database;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    database = TestDatabases.temporary();
    return Deployments.pathways(database.jdbcUrl());
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
