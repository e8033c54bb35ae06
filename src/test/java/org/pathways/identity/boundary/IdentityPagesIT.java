package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.ServerLog;

/** A teacher's account pages, used with the keyboard only, in headless Chromium. */
class IdentityPagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(Map.of("pathways.admin.email", ADMIN, "pathways.admin.password", ADMIN_PASSWORD));
  }

  /** Types into the focused field, then moves on with Tab. */
  private static void type(ChromeDriver driver, String text) {
    WebElement field = driver.switchTo().activeElement();
    field.sendKeys(text);
    field.sendKeys(Keys.TAB);
  }

  private static void focus(ChromeDriver driver, String id) {
    // Start from the field's label target by tabbing from the page start until it has focus.
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    for (int i = 0;
        i < 40 && !id.equals(driver.switchTo().activeElement().getAttribute("id"));
        i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(driver.switchTo().activeElement().getAttribute("id"))
        .as("Tab reaches %s", id)
        .isEqualTo(id);
  }

  @Test
  void withoutProvidersNoOtherSignInIsOfferedAndItsPathsAreNotThere() {
    Http.awaitReady(base);
    assertThat(Http.get(Http.serverRoot(base, "/identity/sign-in.xhtml")).body())
        .doesNotContain("/auth/oidc/");
    assertThat(Http.get(Http.serverRoot(base, "/auth/oidc/district")).statusCode()).isEqualTo(404);
    assertThat(
            Http.get(Http.serverRoot(base, "/auth/oidc/district/callback?code=a&state=b"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aTeacherSignsUpSignsOutSignsInAndResetsTheirPasswordWithTheKeyboard() throws Exception {
    Http.awaitReady(base);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();

      driver.get(page("/identity/sign-up.xhtml"));
      browser.assertAccessible();
      focus(driver, "sign-up:name");
      type(driver, "Robin Keyboard");
      type(driver, "robin@school.test");
      type(driver, "a bright winter morning");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);

      assertThat(driver.findElement(By.tagName("h1")).getText())
          .as("a new teacher lands where to start, not on the profile form")
          .isEqualTo("My learning");
      assertThat(driver.findElement(By.cssSelector("[role=status]")).getText())
          .contains("Welcome to Pathways");
      Cookie session = driver.manage().getCookieNamed("JSESSIONID");
      assertThat(session.isHttpOnly()).isTrue();
      assertThat(session.getSameSite()).isEqualToIgnoringCase("Lax");
      browser.assertAccessible();
      driver.get(page("/api/me"));
      assertThat(driver.getPageSource())
          .as("the API never acts on the page's session")
          .contains("\"status\":401");
      driver.get(page("/identity/profile.xhtml"));
      assertThat(driver.getPageSource()).contains("robin@school.test");
      browser.assertAccessible();

      focus(driver, "sign-out:submit");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      // The page first sends what its offline queue holds (nothing here), then signs out.
      browser.waitFor(d -> d.findElements(By.id("sign-out:submit")).isEmpty());
      driver.get(page("/identity/profile.xhtml"));
      assertThat(driver.getCurrentUrl()).contains("/identity/sign-in.xhtml?next=");

      browser.assertAccessible();
      focus(driver, "sign-in:email");
      type(driver, "robin@school.test");
      type(driver, "not my password");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.awaitText("The email or password is not right");

      var issued =
          Http.json(
              "POST",
              Http.serverRoot(base, "/api/tokens"),
              "{\"email\":\"robin@school.test\",\"password\":\"a bright winter morning\"}",
              null);
      assertThat(issued.statusCode()).isEqualTo(201);
      String oldToken = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");

      driver.get(page("/identity/forgot.xhtml"));
      browser.assertAccessible();
      focus(driver, "forgot:email");
      type(driver, "robin@school.test");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.awaitText("a link to reset its password is on its way");

      String link = resetLinkFromOutbox("robin@school.test");
      driver.get(link);
      browser.assertAccessible();
      focus(driver, "reset:password");
      type(driver, "a calm summer evening");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.awaitText("Your password is changed");
      assertThat(Http.json("GET", Http.serverRoot(base, "/api/me"), null, oldToken).statusCode())
          .as("a reset ends the tokens issued with the old password")
          .isEqualTo(401);

      focus(driver, "sign-in:email");
      type(driver, "robin@school.test");
      type(driver, "a calm summer evening");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your profile");

      driver.get(link);
      focus(driver, "reset:password");
      type(driver, "yet another sentence here");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      // The answer re-draws the same page: wait for it rather than read the page that was sent.
      browser.waitFor(d -> d.getPageSource().contains("expired or was already used"));
      assertThat(driver.getPageSource())
          .as("the link works once")
          .contains("expired or was already used");
      browser.assertNoCspViolations();
    }
  }

  @Test
  void aTeacherChangesTheirPasswordAndSignsOutEverywhereWithTheKeyboard() throws Exception {
    Http.awaitReady(base);
    Http.json(
        "POST",
        Http.serverRoot(base, "/api/accounts"),
        "{\"email\":\"kim@school.test\",\"password\":\"a long teacher sentence\",\"name\":\"Kim Keys\"}",
        null);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signIn(driver, "kim@school.test", "a long teacher sentence");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your profile");
      browser.assertAccessible();

      focus(driver, "delete:confirmation");
      type(driver, "DELETE");
      driver.switchTo().activeElement().sendKeys("not my password");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(driver.getPageSource())
          .as("a deletion asks for the password")
          .contains("The password is not right.");
      browser.assertAccessible();

      focus(driver, "password:current");
      type(driver, "a long teacher sentence");
      driver.switchTo().activeElement().sendKeys("a new teacher sentence");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.awaitText("Your password is changed");
      browser.assertAccessible();

      browser.tabTo("sessions:everywhere");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.findElements(By.id("sign-out:submit")).isEmpty());
      driver.get(page("/identity/profile.xhtml"));
      assertThat(driver.getCurrentUrl()).contains("/identity/sign-in.xhtml?next=");
      signIn(driver, "kim@school.test", "a new teacher sentence");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your profile");
      browser.assertNoCspViolations();
    }
  }

  private void signIn(ChromeDriver driver, String email, String password) {
    driver.get(page("/identity/sign-in.xhtml"));
    focus(driver, "sign-in:email");
    type(driver, email);
    type(driver, password);
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
  }

  @Test
  void anAdministratorAssignsARoleAndReloadsContentWhileATeacherIsRefused() throws Exception {
    Http.awaitReady(base);
    Http.json(
        "POST",
        Http.serverRoot(base, "/api/accounts"),
        "{\"email\":\"sam@school.test\",\"password\":\"a long teacher sentence\",\"name\":\"Sam Teacher\"}",
        null);
    PageSession teachers = PageSession.signIn(base, "sam@school.test", "a long teacher sentence");
    try (ServerLog log = ServerLog.watch()) {
      assertThat(teachers.get("/admin/users.xhtml?q=sam").statusCode()).isEqualTo(403);
      assertThat(teachers.get("/admin/user.xhtml?id=" + java.util.UUID.randomUUID()).statusCode())
          .isEqualTo(403);
      log.assertNoException();
    }
    try (Browser teacher = Browser.open()) {
      signIn(teacher.driver(), "sam@school.test", "a long teacher sentence");
      teacher.driver().get(page("/admin/users.xhtml"));
      assertThat(teacher.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("Not available to you");
      teacher.driver().get(page("/admin/content.xhtml"));
      assertThat(teacher.driver().findElement(By.tagName("h1")).getText())
          .isEqualTo("Not available to you");
    }
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/admin/users.xhtml?q=sam"));
      assertThat(driver.getCurrentUrl()).contains("/identity/sign-in.xhtml?next=");
      focus(driver, "sign-in:email");
      type(driver, ADMIN);
      type(driver, ADMIN_PASSWORD);
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      assertThat(driver.getCurrentUrl())
          .as("back where sign-in was asked")
          .endsWith("/admin/users.xhtml?q=sam");
      browser.assertAccessible();
      driver.findElement(By.linkText("sam@school.test")).click();
      browser.assertAccessible();
      WebElement facilitator =
          driver.findElement(By.cssSelector("input[type=checkbox][value=FACILITATOR]"));
      facilitator.sendKeys(Keys.SPACE);
      assertThat(facilitator.isSelected()).as("Space ticks the box").isTrue();
      driver.findElement(By.id("roles:save")).sendKeys(Keys.ENTER);
      browser.awaitText("The roles are saved");
      assertThat(
              driver
                  .findElement(By.cssSelector("input[type=checkbox][value=FACILITATOR]"))
                  .isSelected())
          .isTrue();

      driver.get(page("/admin/content.xhtml"));
      browser.assertAccessible();
      assertThat(driver.getPageSource()).contains("k5-online-workshop", "Served, up to date");
      focus(driver, "reload:submit");
      driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      browser.awaitText("The content is reloaded");
      browser.assertNoCspViolations();
    }
  }

  private String resetLinkFromOutbox(String recipient) throws Exception {
    // The link is mailed after the page answered: wait for it.
    java.util.concurrent.atomic.AtomicReference<String> link =
        new java.util.concurrent.atomic.AtomicReference<>();
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .untilAsserted(() -> link.set(linkInOutbox(recipient)));
    // Mailed links start at the public address (the tests' is http://pathways.test), never at the
    // request's host; the browser follows it on this test server.
    assertThat(link.get()).startsWith(Deployments.PUBLIC_URL + "/identity/reset.xhtml?token=");
    return page(link.get().substring(Deployments.PUBLIC_URL.length()));
  }

  private static String linkInOutbox(String recipient) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select body from mail_outbox where recipient = ? order by id desc limit 1")) {
      statement.setString(1, recipient);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).as("a mail in the outbox").isTrue();
        Matcher link =
            Pattern.compile("(http\\S+/identity/reset\\.xhtml\\?token=\\S+)")
                .matcher(rows.getString(1));
        assertThat(link.find()).isTrue();
        return link.group(1);
      }
    }
  }
}
