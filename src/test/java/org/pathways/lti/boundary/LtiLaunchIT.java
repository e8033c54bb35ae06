package org.pathways.lti.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/**
 * LTI 1.3 launches from a test platform inside the test: its own RSA key, its JWKS served by the
 * JDK's HTTP server on a free port. Each test registers the platform under its own client id (as
 * the administrator, through the API), starts the login as the LMS would, reads the state and nonce
 * from the redirect to the platform's login address, and posts an id_token it signed to the launch
 * with the browser's cookie. Each attack is its own test: a plain page, an audit entry, nobody
 * signed in.
 */
class LtiLaunchIT extends DeployedPlatform {

  private static final String PUBLIC_URL = "https://pathways.test";
  private static final String LAUNCH = PUBLIC_URL + "/lti/launch";
  private static final String OPEN_COURSE = "k5-online-workshop";
  private static final String CODE_COURSE = "hs-phase-1-foundations";
  private static final RSAKey PLATFORM_KEY = key("platform-1");
  private static final RSAKey FORGER_KEY = key("platform-1");

  /** Key sets of platforms that rotate their key, by path on the test platform's server. */
  private static final Map<String, RSAKey> ROTATING =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final HttpServer PLATFORM = testPlatform();
  private static final String ISSUER = "http://127.0.0.1:" + PLATFORM.getAddress().getPort();

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered("pathways.public-url", PUBLIC_URL));
  }

  private Instant started;

  @BeforeEach
  void rememberTheStart() {
    // A second early: the database's clock and the test's are the same machine's.
    started = Instant.now().minusSeconds(1);
  }

  @AfterAll
  static void stopPlatform() {
    PLATFORM.stop(0);
  }

  private static RSAKey key(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The LMS's side: only its key set is fetched by Pathways. */
  private static HttpServer testPlatform() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext(
          "/jwks",
          exchange -> {
            RSAKey served = ROTATING.getOrDefault(exchange.getRequestURI().getPath(), PLATFORM_KEY);
            byte[] body =
                new JWKSet(served.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- registration and keys ---

  @Test
  void anAdministratorRegistersListsAndRemovesAPlatform() {
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    String clientId = "client-" + UUID.randomUUID();
    var created = api.call("POST", "/api/admin/lti/platforms", registration(clientId), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.header("Location")).contains("/api/admin/lti/platforms/");
    assertThat(created.text("issuer")).isEqualTo(ISSUER);
    assertThat(created.text("clientId")).isEqualTo(clientId);
    assertThat(created.json().getJsonArray("deploymentIds").getString(0)).isEqualTo("dep-1");

    var again = api.call("POST", "/api/admin/lti/platforms", registration(clientId), admin);
    assertThat(again.status()).as(again.body()).isEqualTo(409);

    assertThat(api.get("/api/admin/lti/platforms", admin).body()).contains(clientId);
    var removed = api.call("DELETE", "/api/admin/lti/platforms/" + created.text("id"), null, admin);
    assertThat(removed.status()).isEqualTo(204);
    assertThat(api.get("/api/admin/lti/platforms", admin).body()).doesNotContain(clientId);
  }

  @Test
  void onlyAdministratorsRegisterAndOnlyValidAddresses() {
    var teacher = api.signUp("Tina Teacher");
    var refused = api.call("POST", "/api/admin/lti/platforms", registration("x"), teacher.token());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(api.call("POST", "/api/admin/lti/platforms", registration("x"), null).status())
        .isEqualTo(401);

    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    String plainHttp =
        registration("client-" + UUID.randomUUID())
            .replace(ISSUER + "/jwks", "http://lms.example/jwks");
    var invalid = api.call("POST", "/api/admin/lti/platforms", plainHttp, admin);
    assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
    assertThat(invalid.body()).contains("jwksUrl").doesNotContain("issuer\"");
    assertThat(invalid.header("Content-Type")).contains("problem+json");
  }

  @Test
  void theToolPublishesItsPublicKeyOnly() throws Exception {
    HttpResponse<String> keys = Http.get(Http.serverRoot(base, "/lti/jwks"));
    assertThat(keys.statusCode()).isEqualTo(200);
    JWKSet set = JWKSet.parse(keys.body());
    assertThat(set.getKeys()).hasSize(1);
    assertThat(set.getKeys().get(0).getKeyID()).isNotBlank();
    assertThat(set.getKeys().get(0).isPrivate()).isFalse();
    assertThat(keys.body()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
    // The same key on every call (it lives in the database).
    assertThat(Http.get(Http.serverRoot(base, "/lti/jwks")).body()).isEqualTo(keys.body());
  }

  @Test
  void theConnectPageShowsTheToolsValuesAndRegistersByKeyboard() throws Exception {
    try (org.pathways.testing.Browser browser = org.pathways.testing.Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(ADMIN, ADMIN_PASSWORD);
      browser.openFromManage("manage-lti");
      assertThat(driver.getCurrentUrl()).contains("/admin/lti.xhtml");
      assertThat(driver.findElement(By.id("login-url")).getAttribute("value"))
          .isEqualTo(PUBLIC_URL + "/lti/login");
      assertThat(driver.findElement(By.id("launch-url")).getAttribute("value")).isEqualTo(LAUNCH);
      assertThat(driver.findElement(By.id("deep-link-url")).getAttribute("value"))
          .isEqualTo(LAUNCH);
      assertThat(driver.findElement(By.id("jwks-url")).getAttribute("value"))
          .isEqualTo(PUBLIC_URL + "/lti/jwks");
      browser.assertAccessible();

      String clientId = "keyboard-" + UUID.randomUUID();
      browser.tabTo("platform:issuer");
      browser.type(ISSUER);
      browser.press(Keys.TAB);
      browser.type(clientId);
      browser.press(Keys.TAB);
      browser.type("dep-1");
      browser.press(Keys.TAB);
      browser.type(ISSUER + "/auth");
      browser.press(Keys.TAB);
      browser.type(ISSUER + "/token");
      browser.press(Keys.TAB);
      browser.type("http://lms.example/jwks");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("https address"));
      assertThat(driver.getPageSource()).doesNotContain(clientId + "</td>");
      browser.assertAccessible();

      WebElement jwks = driver.findElement(By.id("platform:jwksUrl"));
      jwks.clear();
      jwks.sendKeys(ISSUER + "/jwks", Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains(clientId + "</td>"));
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }

  // --- the launch ---

  @Test
  void aLaunchSignsInEnrolsAndOpensTheCourseFramedByThePlatformOnly() throws Exception {
    String clientId = registered();
    String sub = "lms-user-" + UUID.randomUUID();
    String email = "launch-" + sub.substring(9, 17) + "@district.test";
    Browser browser = new Browser();
    Login login = browser.login(clientId);
    // Posted from the district's own LMS host, as a hosted LMS frames its tools.
    HttpResponse<String> launched =
        browser.launchFrom(
            "https://springfield.lms.example",
            login,
            sign(PLATFORM_KEY, claims(clientId, login, sub, email, b -> b)));
    assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
    assertThat(launched.headers().firstValue("Location"))
        .hasValue("/learning/course.xhtml?slug=" + OPEN_COURSE);
    // The session cookie again, for the LMS's frame: cross-site, partitioned (the site is https).
    assertThat(launched.headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("JSESSIONID=")
                    .contains("Secure", "SameSite=None", "Partitioned", "HttpOnly"));

    HttpResponse<String> course = browser.get("/learning/course.xhtml?slug=" + OPEN_COURSE);
    assertThat(course.statusCode()).isEqualTo(200);
    assertThat(course.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors " + ISSUER, "https://springfield.lms.example")
        .doesNotContain("frame-ancestors 'none'");
    assertThat(course.headers().firstValue("X-Frame-Options")).isEmpty();
    // The launched session's own account pages are not among the launched pages: never framed.
    HttpResponse<String> profile = browser.get("/identity/profile.xhtml");
    assertThat(profile.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
    assertThat(profile.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(browser.signedIn()).isTrue();
    assertThat(
            query(
                "select count(*) from enrollment e join linked_sign_in l on l.account_id ="
                    + " e.account_id where l.subject = ? and e.course_slug = '"
                    + OPEN_COURSE
                    + "'",
                sub))
        .containsExactly("1");
    assertThat(query("select name from account where email = ?", email))
        .containsExactly("Lena Launch");

    // Another session, and a page nobody launched, stays unframeable.
    HttpResponse<String> other = new Browser().get("/learning/course.xhtml?slug=" + OPEN_COURSE);
    assertThat(other.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
    assertThat(other.headers().firstValue("X-Frame-Options")).hasValue("DENY");

    // The same LMS user again reaches the same account.
    Browser later = new Browser();
    Login second = later.login(clientId);
    assertThat(
            later
                .launch(second, sign(PLATFORM_KEY, claims(clientId, second, sub, email, b -> b)))
                .statusCode())
        .isEqualTo(303);
    assertThat(later.signedIn()).isTrue();
    assertThat(query("select count(*) from account where email = ?", email)).containsExactly("1");
  }

  @Test
  void aDeepLinkingRequestChoosesACourseAndAnswersWithASignedResponse() throws Exception {
    String clientId = registered();
    String sub = "lms-admin-" + UUID.randomUUID();
    String email = "deep-" + sub.substring(10, 18) + "@district.test";
    Browser browser = new Browser();
    Login login = browser.login(clientId);
    String returnUrl = ISSUER + "/deep-link-return";
    String token =
        sign(
            PLATFORM_KEY,
            claims(
                clientId,
                login,
                sub,
                email,
                b ->
                    b.claim(
                            "https://purl.imsglobal.org/spec/lti/claim/message_type",
                            "LtiDeepLinkingRequest")
                        .claim(
                            "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                            Map.of(
                                "deep_link_return_url",
                                returnUrl,
                                "accept_types",
                                List.of("ltiResourceLink"),
                                "data",
                                "opaque-1"))));
    HttpResponse<String> launched = browser.launch(login, token);
    assertThat(launched.statusCode()).as(launched.body()).isEqualTo(303);
    assertThat(launched.headers().firstValue("Location")).hasValue("/lti/deep-link.xhtml");

    HttpResponse<String> page = browser.get("/lti/deep-link.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("form-action 'self' " + ISSUER, "frame-ancestors " + ISSUER);
    Matcher forms =
        Pattern.compile(
                "<form method=\"post\" action=\"([^\"]+)\">\\s*<input type=\"hidden\""
                    + " name=\"JWT\" value=\"([^\"]+)\"")
            .matcher(page.body());
    JWKSet toolKeys = JWKSet.parse(Http.get(Http.serverRoot(base, "/lti/jwks")).body());
    RSAKey toolKey = toolKeys.getKeys().get(0).toRSAKey();
    JWTClaimsSet chosen = null;
    while (forms.find()) {
      assertThat(forms.group(1)).isEqualTo(returnUrl);
      SignedJWT answer = SignedJWT.parse(forms.group(2));
      assertThat(answer.getHeader().getKeyID()).isEqualTo(toolKey.getKeyID());
      assertThat(answer.verify(new RSASSAVerifier(toolKey))).isTrue();
      @SuppressWarnings("unchecked")
      Map<String, Object> item =
          (Map<String, Object>)
              answer
                  .getJWTClaimsSet()
                  .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items")
                  .get(0);
      if (Map.of("course", OPEN_COURSE).equals(item.get("custom"))) {
        chosen = answer.getJWTClaimsSet();
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("url", LAUNCH);
      }
    }
    assertThat(chosen).as(page.body()).isNotNull();
    assertThat(chosen.getIssuer()).isEqualTo(clientId);
    assertThat(chosen.getAudience()).containsExactly(ISSUER);
    assertThat(chosen.getStringClaim("nonce")).isNotBlank();
    assertThat(chosen.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))
        .isEqualTo("LtiDeepLinkingResponse");
    assertThat(chosen.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/version"))
        .isEqualTo("1.3.0");
    assertThat(chosen.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/deployment_id"))
        .isEqualTo("dep-1");
    assertThat(chosen.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
        .isEqualTo("opaque-1");

    // Only the session that the deep linking launch opened sees the page.
    HttpResponse<String> stranger = new Browser().get("/lti/deep-link.xhtml");
    assertThat(stranger.statusCode()).isNotEqualTo(200);
    assertThat(stranger.body()).doesNotContain("name=\"JWT\"");
  }

  @Test
  void aPlatformThatRotatesItsKeyIsFollowed() throws Exception {
    RSAKey before = key("before-" + UUID.randomUUID());
    RSAKey after = key("after-" + UUID.randomUUID());
    String path = "/jwks/rotating-" + UUID.randomUUID();
    ROTATING.put(path, before);
    String clientId = registered(path);
    String sub = "lms-user-" + UUID.randomUUID();
    String email = "rotate-" + sub.substring(9, 17) + "@district.test";
    Browser first = new Browser();
    Login login = first.login(clientId);
    assertThat(
            first
                .launch(login, sign(before, claims(clientId, login, sub, email, b -> b)))
                .statusCode())
        .isEqualTo(303);
    assertThat(first.signedIn()).isTrue();

    // The platform rotates: a token names a key the cache does not hold, and the keys are fetched
    // again (no sooner than a minute after the last fetch).
    ROTATING.put(path, after);
    Thread.sleep(61_000);
    Browser second = new Browser();
    Login again = second.login(clientId);
    assertThat(
            second
                .launch(again, sign(after, claims(clientId, again, sub, email, b -> b)))
                .statusCode())
        .isEqualTo(303);
    assertThat(second.signedIn()).isTrue();
  }

  // --- attacks: each a plain page, an audit entry, nobody signed in ---

  @Test
  void aForgedSignatureIsRefused() throws Exception {
    refusedLaunch(
        (clientId, login, sub) -> sign(FORGER_KEY, claims(clientId, login, sub, null, b -> b)),
        "signature");
    // The launch came through a registered platform's login: its LMS frame shows the refusal.
    assertThat(lastRefusal).contains("platform=");
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Instant past = Instant.now().minus(Duration.ofMinutes(30));
    refusedLaunch(
        (clientId, login, sub) ->
            sign(
                PLATFORM_KEY,
                claims(
                    clientId,
                    login,
                    sub,
                    null,
                    b ->
                        b.issueTime(Date.from(past))
                            .expirationTime(Date.from(past.plusSeconds(300))))),
        "expired");
  }

  @Test
  void aTokenForAnotherToolIsRefused() throws Exception {
    refusedLaunch(
        (clientId, login, sub) ->
            sign(PLATFORM_KEY, claims(clientId, login, sub, null, b -> b.audience("another-tool"))),
        "audience");
  }

  @Test
  void anUnregisteredDeploymentIsRefused() throws Exception {
    refusedLaunch(
        (clientId, login, sub) ->
            sign(
                PLATFORM_KEY,
                claims(
                    clientId,
                    login,
                    sub,
                    null,
                    b ->
                        b.claim(
                            "https://purl.imsglobal.org/spec/lti/claim/deployment_id", "dep-9"))),
        "deployment");
  }

  @Test
  void anotherMessageTypeIsRefused() throws Exception {
    refusedLaunch(
        (clientId, login, sub) ->
            sign(
                PLATFORM_KEY,
                claims(
                    clientId,
                    login,
                    sub,
                    null,
                    b ->
                        b.claim(
                            "https://purl.imsglobal.org/spec/lti/claim/message_type",
                            "LtiSubmissionReviewRequest"))),
        "message");
  }

  @Test
  void anotherVersionIsRefused() throws Exception {
    refusedLaunch(
        (clientId, login, sub) ->
            sign(
                PLATFORM_KEY,
                claims(
                    clientId,
                    login,
                    sub,
                    null,
                    b -> b.claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.1.0"))),
        "message");
  }

  @Test
  void aStateMismatchIsRefused() throws Exception {
    String clientId = registered();
    String sub = "lms-user-" + UUID.randomUUID();
    Browser browser = new Browser();
    Login login = browser.login(clientId);
    String token = sign(PLATFORM_KEY, claims(clientId, login, sub, null, b -> b));
    HttpResponse<String> answer = browser.launch(new Login("forged-state", login.nonce()), token);
    assertRefused(browser, answer, "state", sub);
    // A browser that never started a login, with the right state: refused too.
    Browser stranger = new Browser();
    assertRefused(stranger, stranger.launch(login, token), "state", sub);
  }

  @Test
  void aReplayedIdTokenIsRefused() throws Exception {
    String clientId = registered();
    String sub = "lms-user-" + UUID.randomUUID();
    String email = "replay-" + sub.substring(9, 17) + "@district.test";
    Browser browser = new Browser();
    Login login = browser.login(clientId);
    String token = sign(PLATFORM_KEY, claims(clientId, login, sub, email, b -> b));
    browser.keepCookie();
    assertThat(browser.launch(login, token).statusCode()).isEqualTo(303);

    // The same post again (the cookie and state used up): refused.
    Browser attacker = new Browser();
    attacker.cookies.putAll(browser.keptCookies);
    assertRefused(attacker, attacker.launch(login, token), "state", null);
    // The captured token with a fresh login of the attacker's own: its nonce is not this login's.
    Login fresh = attacker.login(clientId);
    assertRefused(attacker, attacker.launch(fresh, token), "nonce", null);
  }

  @Test
  void aLoginFromAnUnregisteredIssuerIsRefused() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> answer =
        browser.get(
            "/lti/login?iss="
                + enc("https://unknown.example")
                + "&login_hint=u1&client_id=c1&target_link_uri="
                + enc(LAUNCH));
    assertRefused(browser, answer, "platform", null);
  }

  @Test
  void aLoginForAnUnregisteredDeploymentIsRefused() throws Exception {
    String clientId = registered();
    Browser browser = new Browser();
    HttpResponse<String> answer =
        browser.post(
            "/lti/login",
            "iss="
                + enc(ISSUER)
                + "&login_hint=u1&client_id="
                + enc(clientId)
                + "&lti_deployment_id=dep-9&target_link_uri="
                + enc(LAUNCH));
    assertRefused(browser, answer, "deployment", null);
  }

  @Test
  void anEmailOfAnExistingAccountIsNotTakenOver() throws Exception {
    var owner = api.signUp("Olga Owner");
    String clientId = registered();
    String sub = "lms-user-" + UUID.randomUUID();
    Browser browser = new Browser();
    Login login = browser.login(clientId);
    HttpResponse<String> answer =
        browser.launch(
            login, sign(PLATFORM_KEY, claims(clientId, login, sub, owner.email(), b -> b)));
    assertRefused(browser, answer, "email_taken", sub);
    assertThat(query("select name from account where email = ?", owner.email()))
        .containsExactly("Olga Owner");
  }

  @Test
  void aCourseThatNeedsACohortCodeOrNoCourseIsRefused() throws Exception {
    String clientId = registered();
    String sub = "lms-user-" + UUID.randomUUID();
    Browser browser = new Browser();
    Login login = browser.login(clientId);
    String token =
        sign(
            PLATFORM_KEY,
            claims(
                clientId,
                login,
                sub,
                "closed-" + sub.substring(9, 17) + "@district.test",
                b ->
                    b.claim(
                        "https://purl.imsglobal.org/spec/lti/claim/custom",
                        Map.of("course", CODE_COURSE))));
    assertRefused(browser, browser.launch(login, token), "course_closed", sub);
    Login second = browser.login(clientId);
    String unknown =
        sign(
            PLATFORM_KEY,
            claims(
                clientId,
                second,
                sub,
                null,
                b ->
                    b.claim(
                        "https://purl.imsglobal.org/spec/lti/claim/custom",
                        Map.of("course", "no-such-course"))));
    assertRefused(browser, browser.launch(second, unknown), "course", sub);
  }

  // --- helpers ---

  private interface Token {
    String make(String clientId, Login login, String sub) throws Exception;
  }

  private void refusedLaunch(Token token, String problem) throws Exception {
    String clientId = registered();
    String sub = "lms-user-" + UUID.randomUUID();
    Browser browser = new Browser();
    Login login = browser.login(clientId);
    assertRefused(browser, browser.launch(login, token.make(clientId, login, sub)), problem, sub);
  }

  /** Where the last refusal led, for tests that check which platform it names. */
  private String lastRefusal;

  private void assertRefused(
      Browser browser, HttpResponse<String> answer, String problem, String sub) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
    String location = answer.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/lti/refused.xhtml?problem=" + problem);
    HttpResponse<String> page = browser.get(location);
    assertThat(page.statusCode()).isEqualTo(200);
    // A refusal from a registered platform shows inside that LMS's frame; nobody else may frame it.
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    if (location.contains("platform=")) {
      assertThat(policy)
          .contains("frame-ancestors " + ISSUER)
          .doesNotContain("frame-ancestors 'none'");
    } else {
      assertThat(policy).contains("frame-ancestors 'none'");
    }
    lastRefusal = location;
    assertThat(page.body())
        .contains("The course could not be opened")
        .doesNotContain("Exception", "at org.");
    // Entries of this test only: tests of a class run one after another.
    assertThat(
            query(
                "select count(*) from audit_log where action = 'lti.refused' and detail like ?"
                    + " and at >= '"
                    + started
                    + "'::timestamptz",
                problem + ":%"))
        .isNotEqualTo(List.of("0"));
    assertThat(browser.signedIn()).isFalse();
    if (sub != null) {
      assertThat(query("select count(*) from linked_sign_in where subject = ?", sub))
          .containsExactly("0");
    }
  }

  /** Registers the test platform under a new client id, as the administrator. */
  private String registered() {
    return registered("/jwks");
  }

  /** The same, with its key set at this path of the test platform. */
  private String registered(String jwksPath) {
    String clientId = "client-" + UUID.randomUUID();
    var created =
        api.call(
            "POST",
            "/api/admin/lti/platforms",
            registration(clientId).replace(ISSUER + "/jwks", ISSUER + jwksPath),
            api.token(ADMIN, ADMIN_PASSWORD));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return clientId;
  }

  private static String registration(String clientId) {
    return "{\"issuer\":\""
        + ISSUER
        + "\",\"clientId\":\""
        + clientId
        + "\",\"deploymentIds\":[\"dep-1\"],\"authLoginUrl\":\""
        + ISSUER
        + "/auth\",\"authTokenUrl\":\""
        + ISSUER
        + "/token\",\"jwksUrl\":\""
        + ISSUER
        + "/jwks\"}";
  }

  private static JWTClaimsSet claims(
      String clientId,
      Login login,
      String sub,
      String email,
      UnaryOperator<JWTClaimsSet.Builder> change) {
    Instant now = Instant.now();
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(clientId)
            .subject(sub)
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(300)))
            .claim("nonce", login.nonce())
            .claim("name", "Lena Launch")
            .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "dep-1")
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
            .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
            .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", LAUNCH)
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "link-1"))
            .claim(
                "https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("course", OPEN_COURSE));
    if (email != null) {
      builder.claim("email", email);
    }
    return change.apply(builder).build();
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<String> query(String sql, String parameter) throws Exception {
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

  /** The state and nonce a login initiation sent to the platform's login address. */
  private record Login(String state, String nonce) {}

  /** A browser without scripts: cookies kept by hand (the platform's are Secure), no redirects. */
  private final class Browser {
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> keptCookies = new LinkedHashMap<>();
    private final String address =
        "10.30." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    private final HttpClient client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Login initiation as the LMS starts it; answers what the redirect to the LMS carries. */
    Login login(String clientId) {
      HttpResponse<String> start =
          get(
              "/lti/login?iss="
                  + enc(ISSUER)
                  + "&login_hint=hint-1&lti_message_hint=msg-1&client_id="
                  + enc(clientId)
                  + "&lti_deployment_id=dep-1&target_link_uri="
                  + enc(LAUNCH));
      assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
      URI auth = URI.create(start.headers().firstValue("Location").orElseThrow());
      assertThat(auth.toString()).startsWith(ISSUER + "/auth?");
      Map<String, String> query = new LinkedHashMap<>();
      for (String pair : auth.getRawQuery().split("&")) {
        String[] parts = pair.split("=", 2);
        query.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
      }
      assertThat(query)
          .containsEntry("scope", "openid")
          .containsEntry("response_type", "id_token")
          .containsEntry("response_mode", "form_post")
          .containsEntry("prompt", "none")
          .containsEntry("client_id", clientId)
          .containsEntry("redirect_uri", LAUNCH)
          .containsEntry("login_hint", "hint-1")
          .containsEntry("lti_message_hint", "msg-1")
          .containsKeys("state", "nonce");
      assertThat(start.headers().allValues("Set-Cookie"))
          .anySatisfy(
              c ->
                  assertThat(c)
                      .startsWith("pathways_lti=")
                      .contains("HttpOnly", "SameSite=None", "Secure"));
      return new Login(query.get("state"), query.get("nonce"));
    }

    /** The LMS's form post of the id_token, as this browser sends it. */
    HttpResponse<String> launch(Login login, String idToken) {
      return post("/lti/launch", "state=" + enc(login.state()) + "&id_token=" + enc(idToken));
    }

    /** The launch as a browser posts it from the LMS page at {@code origin}. */
    HttpResponse<String> launchFrom(String origin, Login login, String idToken) {
      return send(
          request(Http.serverRoot(base, "/lti/launch"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("Origin", origin)
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "state=" + enc(login.state()) + "&id_token=" + enc(idToken)))
              .build());
    }

    /** Keeps a copy of the cookies as they are now (an attacker's capture). */
    void keepCookie() {
      keptCookies.putAll(cookies);
    }

    HttpResponse<String> get(String path) {
      return send(request(Http.serverRoot(base, path)).GET().build());
    }

    HttpResponse<String> post(String path, String form) {
      return send(
          request(Http.serverRoot(base, path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(form))
              .build());
    }

    boolean signedIn() {
      return get("/identity/profile.xhtml").statusCode() == 200;
    }

    private HttpRequest.Builder request(URI uri) {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(uri)
              .timeout(Duration.ofSeconds(30))
              .header("X-Forwarded-For", address)
              .header("Accept-Language", "en");
      if (!cookies.isEmpty()) {
        StringBuilder header = new StringBuilder();
        cookies.forEach(
            (name, value) ->
                header
                    .append(header.length() == 0 ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
        request.header("Cookie", header.toString());
      }
      return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
      try {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        for (String cookie : response.headers().allValues("Set-Cookie")) {
          String pair = cookie.split(";", 2)[0];
          int equals = pair.indexOf('=');
          String name = pair.substring(0, equals).strip();
          String value = pair.substring(equals + 1).strip();
          if (value.isEmpty() || cookie.contains("Max-Age=0")) {
            cookies.remove(name);
          } else {
            cookies.put(name, value);
          }
        }
        return response;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
