package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.PublicPort;
import org.pathways.testing.SourceTexts;

/**
 * A teacher signs in with the district's account by keyboard in headless Chromium: "Continue with"
 * on the sign-in page, the provider's own login page (mock-oauth2-server with its interactive
 * login), and back to Pathways signed in; every Pathways page on the way passes axe (WCAG 2.1 AA)
 * with no Content-Security-Policy violation. The redirects go through the browser, so the
 * platform's public address is one the browser reaches: a {@link PublicPort} opened before the
 * deployment. The provider answers at {@code localhost} and Pathways at {@code 127.0.0.1}, two
 * sites, as a real provider and Pathways are (the sign-in's cookie must come back on the provider's
 * redirect).
 */
class OidcBrowserIT extends DeployedPlatform {

  private static final String LABEL = "Springfield Schools";
  private static final PublicPort PUBLIC = PublicPort.open();
  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true));

  static {
    PROVIDER.start(freePort());
  }

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url",
            PUBLIC.url(),
            "pathways.oidc.district.issuer",
            PROVIDER.issuerUrl("district").toString(),
            "pathways.oidc.district.client-id",
            "pathways-test",
            "pathways.oidc.district.client-secret",
            "a test secret",
            "pathways.oidc.district.label",
            LABEL));
  }

  @BeforeEach
  void passThePublicPortOn() {
    PUBLIC.forwardTo(base);
  }

  @AfterAll
  static void stopProviderAndPort() throws IOException {
    PROVIDER.shutdown();
    PUBLIC.close();
  }

  @Test
  void aTeacherContinuesWithTheDistrictByKeyboardAndArrivesSignedIn() throws Exception {
    String sub = "teacher-" + UUID.randomUUID();
    String email = "ana-" + sub.substring(8, 16) + "@springfield.test";
    try (Browser browser = Browser.open()) {
      browser.driver().get(PUBLIC.url() + "/identity/sign-in.xhtml");
      browser.assertAccessible();

      continueWithTheDistrict(browser);
      signInAtTheProvider(
          browser,
          sub,
          "{\"name\": \"Ana Lopez\", \"email\": \"" + email + "\", \"email_verified\": true}");

      browser.waitFor(d -> d.getCurrentUrl().startsWith(PUBLIC.url() + IdentityLinks.PROFILE));
      assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains(email);
      assertThat(browser.driver().findElement(By.cssSelector("ul.linked-sign-ins")).getText())
          .contains(LABEL);
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    assertThat(count("select count(*) from account where email = ? and name = 'Ana Lopez'", email))
        .isEqualTo(1);
  }

  @Test
  void aTamperedStateEndsOnThePlainPageByKeyboardAndSignsNobodyIn() throws Exception {
    String sub = "teacher-" + UUID.randomUUID();
    String email = "ben-" + sub.substring(8, 16) + "@springfield.test";
    try (Browser browser = Browser.open()) {
      browser.driver().get(PUBLIC.url() + "/identity/sign-in.xhtml");
      continueWithTheDistrict(browser);
      // Someone changes the state in the address of the provider's page; the provider hands it
      // back as it came.
      String authorize = browser.driver().getCurrentUrl();
      assertThat(authorize).contains("state=");
      browser.driver().get(authorize.replaceFirst("state=[^&]+", "state=forged"));
      signInAtTheProvider(browser, sub, "{\"email\": \"" + email + "\", \"email_verified\": true}");

      browser.waitFor(d -> d.getCurrentUrl().contains("/identity/other-sign-in.xhtml"));
      assertThat(browser.driver().findElement(By.id("problem")).getText())
          .contains("expired or was already used");
      assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
      browser.assertAccessible();
      browser.assertNoCspViolations();

      // Back to the sign-in page by keyboard, still signed out.
      browser.tabTo("back");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/identity/sign-in.xhtml"));
      browser.driver().get(PUBLIC.url() + IdentityLinks.PROFILE);
      browser.waitFor(d -> d.getCurrentUrl().contains("/identity/sign-in.xhtml"));
    }
    assertThat(count("select count(*) from account where email = ?", email)).isZero();
    assertThat(count("select count(*) from linked_sign_in where subject = ?", sub)).isZero();
  }

  @Test
  void everyReasonOfTheRefusalPageReadsPlainlyAndPassesAxe() throws Exception {
    // Every reason the bundle has words for, so a reason added later is checked too.
    Properties bundle =
        SourceTexts.bundle(Path.of("src/main/resources/org/pathways/i18n/messages.properties"));
    String prefix = "identity.other_sign_in.problem.";
    Map<String, String> reasons = new TreeMap<>();
    for (String key : bundle.stringPropertyNames()) {
      if (key.startsWith(prefix)) {
        reasons.put(key.substring(prefix.length()), bundle.getProperty(key));
      }
    }
    assertThat(reasons).containsKeys("state", "token", "unavailable", "failed");
    // An unknown reason, even one written as markup, reads as a failed sign-in.
    reasons.put("<script>x</script>", reasons.get("failed"));
    try (Browser browser = Browser.open()) {
      for (Map.Entry<String, String> reason : reasons.entrySet()) {
        browser
            .driver()
            .get(
                PUBLIC.url()
                    + "/identity/other-sign-in.xhtml?problem="
                    + URLEncoder.encode(reason.getKey(), StandardCharsets.UTF_8));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText())
            .isEqualTo(bundle.getProperty("identity.other_sign_in.title"));
        String shown = browser.driver().findElement(By.id("problem")).getText();
        if (reason.getValue().contains("{")) {
          assertThat(shown).as(reason.getKey()).isNotBlank().doesNotContain(prefix, "{");
        } else {
          assertThat(shown).as(reason.getKey()).isEqualTo(reason.getValue());
        }
        browser.assertAccessible();
      }
      browser.assertNoCspViolations();
    }
  }

  @Test
  void aSignedInTeacherAddsTheDistrictSignInFromTheProfileByKeyboard() throws Exception {
    Api.Person teacher = api.signUp("Dana Kim");
    String sub = "dana-" + UUID.randomUUID();
    try (Browser browser = Browser.open()) {
      browser.driver().get(PUBLIC.url() + "/identity/sign-in.xhtml");
      browser.signInHere(teacher.email(), teacher.password());
      browser.driver().get(PUBLIC.url() + IdentityLinks.PROFILE);
      browser.tabToText("Add a sign-in with " + LABEL);
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().startsWith(PROVIDER.issuerUrl("district").toString()));
      // The provider account's own email differs: the link rests on the signed-in owner alone.
      signInAtTheProvider(
          browser, sub, "{\"email\": \"" + sub + "@district.test\", \"email_verified\": true}");

      // The session came back with the provider's redirect, from another site: the owner's
      // profile, not a new account's.
      browser.waitFor(d -> d.getCurrentUrl().startsWith(PUBLIC.url() + IdentityLinks.PROFILE));
      assertThat(browser.driver().findElement(By.tagName("main")).getText())
          .contains(teacher.email())
          .doesNotContain("@district.test");
      assertThat(browser.driver().findElement(By.cssSelector("ul.linked-sign-ins")).getText())
          .contains(LABEL);
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    assertThat(
            texts(
                "select a.email from linked_sign_in l join account a on a.id = l.account_id"
                    + " where l.subject = ?",
                sub))
        .containsExactly(teacher.email());

    // Later, on another browser, the district's account alone signs the owner in.
    try (Browser later = Browser.open()) {
      later.driver().get(PUBLIC.url() + "/identity/sign-in.xhtml");
      continueWithTheDistrict(later);
      signInAtTheProvider(later, sub, "{}");
      later.waitFor(d -> d.getCurrentUrl().startsWith(PUBLIC.url() + IdentityLinks.PROFILE));
      assertThat(later.driver().findElement(By.tagName("main")).getText())
          .contains(teacher.email());
    }
  }

  /** Tab to the provider's "Continue with" link on the sign-in page, Enter, to its login page. */
  private static void continueWithTheDistrict(Browser browser) {
    browser.tabToText("Continue with " + LABEL);
    browser.press(Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().startsWith(PROVIDER.issuerUrl("district").toString()));
  }

  /**
   * On mock-oauth2-server's login page: the user name (the subject), Tab, the claims as JSON, then
   * Tab to its Sign-in button and Enter.
   */
  private static void signInAtTheProvider(Browser browser, String sub, String claims) {
    browser.waitFor(d -> !d.findElements(By.name("username")).isEmpty());
    tabToField(browser, "username");
    browser.type(sub);
    tabToField(browser, "claims");
    browser.type(claims);
    browser.tabToText("Sign-in");
    browser.press(Keys.ENTER);
    browser.waitFor(d -> d.getCurrentUrl().startsWith(PUBLIC.url()));
  }

  /** Tab until the form field of this name has focus (the provider's fields have no ids). */
  private static void tabToField(Browser browser, String name) {
    browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
    for (int i = 0; i < 30 && !name.equals(browser.focused().getAttribute("name")); i++) {
      browser.press(Keys.TAB);
    }
    assertThat(browser.focused().getAttribute("name")).as("Tab reaches %s", name).isEqualTo(name);
  }

  private static long count(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static List<String> texts(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
