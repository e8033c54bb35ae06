package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathways.testing.ShippedContent.K5;

import java.io.IOException;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/** The forum pages in headless Chromium: a step's discussion by keyboard, and stored XSS. */
class ForumPagesIT extends DeployedPlatform {

  private static final String INTRODUCE = "introduce-yourself";

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(Map.of("pathways.proxy.trusted", "true", "pathways.forum.digest-minutes", "0"));
  }

  @Test
  void aTeacherOpensDiscussThisStepFromAModulePostsAndSeesThePost() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Dana Discuss");
    assertThat(
            api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token())
                .status())
        .isEqualTo(201);
    String step =
        org.pathways.testing.ShippedContent.course(K5).modules().get(0).steps().stream()
            .filter(s -> s.key().contains(INTRODUCE))
            .findFirst()
            .orElseThrow()
            .key();
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(teacher.email(), teacher.password());
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + step));
      browser.tabTo("discuss");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/forum/thread.xhtml"));
      String stepTitle = driver.findElement(By.id("thread-title")).getText();
      assertThat(stepTitle).isNotBlank();
      browser.assertAccessible();

      browser.tabTo("reply:body");
      browser.type("Hello from **Denver**: I teach grade 3.");
      browser.press(Keys.TAB);
      assertThat(browser.focused().getText()).isEqualTo("Preview");
      browser.press(Keys.ENTER);
      browser.waitFor(
          d ->
              !d.findElement(By.cssSelector("#reply .forum-preview"))
                  .getAttribute("innerHTML")
                  .isEmpty());
      assertThat(driver.findElement(By.cssSelector("#reply .forum-preview strong")).getText())
          .isEqualTo("Denver");
      browser.tabTo("reply:submit");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Your reply is posted."));
      assertThat(driver.findElement(By.cssSelector("#posts .post__body strong")).getText())
          .isEqualTo("Denver");
      assertThat(driver.findElement(By.cssSelector("#posts .post__author")).getText())
          .isEqualTo("Dana Discuss");
      browser.assertAccessible();
      browser.assertNoCspViolations();

      // The same card leads to the same thread.
      driver.get(page("/forum/discuss.xhtml?course=" + K5 + "&step=" + step));
      browser.waitFor(d -> d.getCurrentUrl().contains("/forum/thread.xhtml"));
      assertThat(driver.findElements(By.cssSelector("#posts > li"))).hasSize(1);
    }
  }

  @Test
  void storedXssInTitlesBodiesAndNamesRaisesNoDialogOnAnyPage() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    String thread = null;
    for (String attack : ForumFixtures.XSS) {
      Api.Person author = api.signUp("Mal");
      api.call(
          "PUT",
          "/api/me",
          Api.object("name", "<img src=x onerror=alert(7)>" + attack),
          author.token());
      Api.Answer started =
          api.call(
              "POST",
              "/api/forum/spaces/community/threads",
              Api.object("title", attack, "body", attack + " searchable"),
              author.token());
      assertThat(started.status()).as(started.body()).isEqualTo(201);
      if (thread == null) {
        thread = started.text("id");
      } else {
        api.call(
            "POST",
            "/api/forum/threads/" + thread + "/posts",
            Api.object("body", attack),
            author.token());
      }
    }
    Api.Person reader = api.signUp("Rex Reader");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(reader.email(), reader.password());
      for (String path :
          new String[] {
            "/forum/space.xhtml?key=community",
            "/forum/thread.xhtml?id=" + thread,
            "/forum/search.xhtml?q=searchable",
            "/forum/index.xhtml",
            "/forum/notifications.xhtml"
          }) {
        driver.get(page(path));
        Thread.sleep(300);
        assertThatThrownBy(() -> driver.switchTo().alert())
            .as(path)
            .isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.findElements(By.cssSelector("main script, main iframe, main svg")))
            .as(path)
            .isEmpty();
        browser.assertAccessible();
      }
      assertThat(driver.findElements(By.cssSelector("#posts .post__author")).size()).isZero();
      driver.get(page("/forum/search.xhtml?q=searchable"));
      assertThat(driver.findElements(By.cssSelector("#hits a")))
          .as("the search page lists its hits, each linked to its post's page")
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("&page=1#post-"));
      driver.get(page("/forum/thread.xhtml?id=" + thread));
      assertThat(driver.findElements(By.cssSelector("#posts .post__author"))).isNotEmpty();
      assertThat(driver.findElement(By.cssSelector("#posts .post__author")).getText())
          .contains("<img src=x onerror=alert(7)>");
      browser.assertNoCspViolations();
    }
  }
}
