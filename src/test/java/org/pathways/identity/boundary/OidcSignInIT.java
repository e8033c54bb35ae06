package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Rows;
import org.pathways.testing.ScriptlessBrowser;
import org.pathways.testing.Staff;

/**
 * Sign-in with another account against a real OpenID Connect server in the test JVM
 * (mock-oauth2-server): the flow is driven over HTTP, redirects followed by hand and cookies kept
 * as a browser would, the provider's sub and claims set for each sign-in.
 */
class OidcSignInIT extends DeployedPlatform {

  private static final String CLIENT_ID = "pathways-test";
  private static final String PUBLIC_URL = "https://pathways.test";
  private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

  static {
    PROVIDER.start(freePort());
  }

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url",
            PUBLIC_URL,
            // Low, so that one test reaches it; every other test starts at most four from a
            // browser.
            "pathways.limits.oidc-start",
            "4/10m",
            "pathways.oidc.district.issuer",
            PROVIDER.issuerUrl("district").toString(),
            "pathways.oidc.district.client-id",
            CLIENT_ID,
            "pathways.oidc.district.client-secret",
            "a test secret",
            "pathways.oidc.district.label",
            "Springfield Schools",
            // A provider that is down: nothing listens at its issuer.
            "pathways.oidc.down.issuer",
            "http://127.0.0.1:" + freePort() + "/down",
            "pathways.oidc.down.client-id",
            CLIENT_ID,
            "pathways.oidc.down.client-secret",
            "another secret"));
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.shutdown();
  }

  @Test
  void theFirstSignInMakesTheAccountAndTheSecondReachesIt() throws Exception {
    String sub = "teacher-" + UUID.randomUUID();
    String email = "ana-" + sub.substring(8, 16) + "@springfield.test";
    Browser first = new Browser();
    HttpResponse<String> arrived =
        first.signInWithProvider(
            sub, Map.of("name", "Ana Lopez", "email", email, "email_verified", true), "/catalog");
    assertThat(arrived.statusCode()).isEqualTo(303);
    assertThat(arrived.headers().firstValue("Location")).hasValue("/catalog");
    assertThat(first.profile()).contains(email);
    assertThat(query("select name from account where email = ?", email))
        .containsExactly("Ana Lopez");

    Browser second = new Browser();
    second.signInWithProvider(
        sub, Map.of("name", "Ana L.", "email", email, "email_verified", true), null);
    assertThat(second.profile()).contains(email);
    assertThat(query("select count(*) from account where email = ?", email)).containsExactly("1");
    assertThat(
            query(
                "select count(*) from linked_sign_in l join account a on a.id = l.account_id"
                    + " where a.email = ?",
                email))
        .containsExactly("1");

    // Its only way in stays: no remove button, and a forged removal is refused.
    assertThat(second.profile())
        .contains("Springfield Schools")
        .doesNotContain("Remove the sign-in");
    String link = query("select l.id::text from linked_sign_in l where l.subject = ?", sub).get(0);
    assertThat(second.post("/identity/linked-sign-ins/remove", "id=" + link).statusCode())
        .isEqualTo(409);
    assertThat(query("select count(*) from linked_sign_in where subject = ?", sub))
        .containsExactly("1");
  }

  @Test
  void aNewAccountKeepsTheLanguageItsOwnerReadTheSiteIn() throws Exception {
    String sub = "lucia-" + UUID.randomUUID();
    String email = "lucia-" + sub.substring(6, 14) + "@springfield.test";
    Browser spanish = new Browser();
    spanish.cookies().put("pathways-language", "es");
    spanish.signInWithProvider(
        sub, Map.of("name", "Lucía Gómez", "email", email, "email_verified", true), null);
    assertThat(query("select language from account where email = ?", email)).containsExactly("es");
  }

  @Test
  void anUnverifiedEmailMakesNoAccount() throws Exception {
    String sub = "teacher-" + UUID.randomUUID();
    String email = "unverified-" + sub.substring(8, 16) + "@springfield.test";
    Browser browser = new Browser();
    HttpResponse<String> arrived =
        browser.signInWithProvider(
            sub, Map.of("name", "Ben", "email", email, "email_verified", false), null);
    assertThat(browser.refusal(arrived)).contains("did not share a verified email address");
    assertThat(query("select count(*) from account where email = ?", email)).containsExactly("0");
    assertThat(query("select count(*) from linked_sign_in where subject = ?", sub))
        .containsExactly("0");
    assertThat(browser.signedIn()).isFalse();
  }

  @Test
  void aTamperedOrUnknownStateIsRefusedWithThePlainPage() throws Exception {
    Browser browser = new Browser();
    // No token is asked for here, so no callback is queued (the provider takes one per token).
    URI back = browser.toProviderAndBack(null);
    URI tampered = URI.create(back.toString().replaceFirst("state=[^&]+", "state=forged"));
    HttpResponse<String> refused =
        browser.get(tampered.getRawPath() + "?" + tampered.getRawQuery());
    assertThat(browser.refusal(refused)).contains("expired or was already used");
    // The real state is gone too: a state or a key works once.
    HttpResponse<String> again = browser.get(back.getRawPath() + "?" + back.getRawQuery());
    assertThat(browser.refusal(again)).contains("expired or was already used");
    // And a callback from a browser that never started a sign-in.
    HttpResponse<String> stranger =
        new Browser().get("/auth/oidc/district/callback?code=abc&state=" + UUID.randomUUID());
    assertThat(new Browser().refusal(stranger)).contains("expired or was already used");
    assertThat(query("select count(*) from audit_log where action = ?", "oidc.refused"))
        .isNotEqualTo(List.of("0"));
    assertThat(browser.signedIn()).isFalse();
  }

  @Test
  void aProviderErrorAndAnUnknownProviderAreRefused() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> error =
        browser.get("/auth/oidc/district/callback?error=access_denied&state=x");
    assertThat(browser.refusal(error)).contains("did not sign you in");
    assertThat(browser.get("/auth/oidc/nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void aProviderThatIsDownGetsAPlainPageAndThePasswordStillSignsIn() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> start = browser.get("/auth/oidc/down");
    assertThat(browser.refusal(start)).contains("cannot be reached right now");
    var teacher = api.signUp("Eva Ruiz");
    browser.signInWithPassword(teacher.email(), teacher.password());
    assertThat(browser.profile()).contains(teacher.email());
  }

  @Test
  void theEmailOfAPasswordAccountIsNotTakenOver() throws Exception {
    var owner = api.signUp("Carla Diaz");
    String sub = "intruder-" + UUID.randomUUID();
    Browser intruder = new Browser();
    HttpResponse<String> arrived =
        intruder.signInWithProvider(
            sub, Map.of("name", "Not Carla", "email", owner.email(), "email_verified", true), null);
    assertThat(intruder.refusal(arrived))
        .contains("A Pathways account with this email already exists", "We sent a link");
    assertThat(intruder.signedIn()).isFalse();
    assertThat(query("select count(*) from linked_sign_in where subject = ?", sub))
        .containsExactly("0");
    assertThat(query("select name from account where email = ?", owner.email()))
        .containsExactly("Carla Diaz");
    // Another try at once mails nothing more: one link per account every ten minutes.
    intruder.signInWithProvider(sub, Map.of("email", owner.email(), "email_verified", true), null);
    assertThat(
            query(
                "select count(*) from mail_outbox where recipient = ? and body like '%/identity/link.xhtml?token=%'",
                owner.email()))
        .containsExactly("1");
  }

  @Test
  void theOwnerAddsTheSignInThroughTheMailedLinkAndOnlyByConfirming() throws Exception {
    var owner = api.signUp("Hana Sato");
    String sub = "hana-" + UUID.randomUUID();
    new Browser()
        .signInWithProvider(sub, Map.of("email", owner.email(), "email_verified", true), null);
    String body =
        query(
                "select body from mail_outbox where recipient = ? and body like '%/identity/link.xhtml?token=%'",
                owner.email())
            .get(0);
    Matcher token =
        Pattern.compile("/identity/link\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(body);
    assertThat(token.find()).isTrue();
    assertThat(body).contains("Springfield Schools");

    // Opening the link asks; it changes nothing.
    Browser mailbox = new Browser();
    HttpResponse<String> page = mailbox.get("/identity/link.xhtml?token=" + token.group(1));
    assertThat(page.body()).contains("Add the sign-in with Springfield Schools", owner.email());
    assertThat(query("select count(*) from linked_sign_in where subject = ?", sub))
        .containsExactly("0");
    HttpResponse<String> confirmed =
        mailbox.submitTo(
            "/identity/link.xhtml", page.body(), "link", Map.of("link:token", token.group(1)));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
    assertThat(mailbox.profile()).contains(owner.email(), "Springfield Schools");
    assertThat(query("select count(*) from linked_sign_in where subject = ?", sub))
        .containsExactly("1");

    // From now on the provider signs in to the owner's account; the link worked once.
    Browser later = new Browser();
    later.signInWithProvider(sub, Map.of(), null);
    assertThat(later.profile()).contains(owner.email());
    assertThat(new Browser().get("/identity/link.xhtml?token=" + token.group(1)).body())
        .contains("This link has expired or was already used");
    assertThat(new Browser().get("/identity/link.xhtml?token=forged").body())
        .contains("This link has expired or was already used");
  }

  @Test
  void aSignedInOwnerLinksTheProviderAccountAndSignsInWithItLater() throws Exception {
    var owner = api.signUp("Dana Kim");
    Browser owners = new Browser();
    owners.signInWithPassword(owner.email(), owner.password());
    String sub = "dana-" + UUID.randomUUID();
    HttpResponse<String> linked =
        owners.signInWithProvider(
            sub, Map.of("email", "other-" + owner.email(), "email_verified", true), null);
    assertThat(linked.headers().firstValue("Location")).hasValue(IdentityLinks.PROFILE);

    Browser later = new Browser();
    later.signInWithProvider(sub, Map.of(), null);
    assertThat(later.profile()).contains(owner.email());
    // The link is part of the owner's personal data.
    assertThat(api.get("/api/me/export", owner.token()).body()).contains("\"linkedSignIns\"", sub);

    // The owner keeps a password, so the link may go; then the provider account is a stranger.
    assertThat(owners.profile()).contains("Remove the sign-in with Springfield Schools");
    String link = query("select l.id::text from linked_sign_in l where l.subject = ?", sub).get(0);
    HttpResponse<String> removed = owners.post("/identity/linked-sign-ins/remove", "id=" + link);
    assertThat(removed.statusCode()).isEqualTo(303);
    assertThat(query("select count(*) from linked_sign_in where subject = ?", sub))
        .containsExactly("0");
    assertThat(new Browser().post("/identity/linked-sign-ins/remove", "id=" + link).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aDistrictThatRequiresItsProviderTurnsItsTeachersPasswordsAway() throws Exception {
    // A teacher of the district with a password from before the rule.
    String domain = "required-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    var before =
        api.signUp(
            "eli@" + domain,
            "a long teacher passphrase",
            jakarta.json.Json.createObjectBuilder().add("name", "Eli Park"));
    Staff staff = new Staff(api, database.dataSource());
    String admin = staff.admin();
    String district = staff.partnerDistrict("Required " + domain);
    String rulePath = "/api/districts/" + district + "/sign-in";

    // Only administrators set it; public mail services, unknown providers and strangers are
    // refused.
    var manager = staff.withRoles("Pat Program", "PROGRAM_MANAGER");
    assertThat(
            api.call(
                    "PUT",
                    rulePath,
                    "{\"domains\":[\"" + domain + "\"],\"provider\":\"district\"}",
                    manager.token())
                .status())
        .isEqualTo(403);
    assertThat(
            api.call(
                    "PUT",
                    rulePath,
                    "{\"domains\":[\"gmail.com\"],\"provider\":\"district\"}",
                    admin)
                .body())
        .contains("public mail service");
    assertThat(
            api.call(
                    "PUT",
                    rulePath,
                    "{\"domains\":[\"" + domain + "\"],\"provider\":\"nobody\"}",
                    admin)
                .status())
        .isEqualTo(400);
    var set =
        api.call(
            "PUT",
            rulePath,
            "{\"domains\":[\"" + domain.toUpperCase() + "\"],\"provider\":\"district\"}",
            admin);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().getJsonArray("domains").getString(0)).isEqualTo(domain);
    assertThat(api.get(rulePath, admin).json().getString("provider")).isEqualTo("district");
    // A second district cannot claim the same domain.
    String other = staff.partnerDistrict("Other " + domain);
    assertThat(
            api.call(
                    "PUT",
                    "/api/districts/" + other + "/sign-in",
                    "{\"domains\":[\"" + domain + "\"],\"provider\":\"district\"}",
                    admin)
                .status())
        .isEqualTo(409);

    // The password no longer signs in (page and API), nor does a new password account open.
    var token =
        api.call(
            "POST",
            "/api/tokens",
            "{\"email\":\"" + before.email() + "\",\"password\":\"" + before.password() + "\"}",
            null);
    assertThat(token.status()).isEqualTo(403);
    assertThat(token.body()).contains("Continue with Springfield Schools");
    Browser page = new Browser();
    assertThat(page.signInWithPasswordAnswer(before.email(), before.password()).body())
        .contains("Your district signs you in with Springfield Schools");
    assertThat(page.signedIn()).isFalse();
    var newcomer =
        api.call(
            "POST",
            "/api/accounts",
            "{\"email\":\"new@"
                + domain
                + "\",\"password\":\"a long teacher passphrase\",\"name\":\"Noa\"}",
            null);
    assertThat(newcomer.status()).isEqualTo(403);

    // The district's provider makes and signs in the accounts of its domain.
    String sub = "district-" + UUID.randomUUID();
    Browser teacher = new Browser();
    teacher.signInWithProvider(
        sub, Map.of("name", "Noa Lee", "email", "noa@" + domain, "email_verified", true), null);
    assertThat(teacher.profile()).contains("noa@" + domain);

    // The district's page tells who may read it what the rule is.
    Browser admins = new Browser();
    admins.signInWithPassword(ADMIN, ADMIN_PASSWORD);
    assertThat(admins.get("/districts/district.xhtml?id=" + district).body())
        .contains("sign in with Springfield Schools", domain, "Save the sign-in rule");

    // Emptied, the rule is gone and the password works again.
    assertThat(api.call("PUT", rulePath, "{\"domains\":[],\"provider\":null}", admin).status())
        .isEqualTo(200);
    assertThat(api.token(before.email(), before.password())).isNotBlank();
  }

  @Test
  void anOwnerDropsThePasswordSignsInWithTheProviderAloneAndCanSetANewOneByMail() throws Exception {
    var owner = api.signUp("Gil Moreno");
    Browser owners = new Browser();
    owners.signInWithPassword(owner.email(), owner.password());
    // Without a linked sign-in, the password is the only way in: no offer to drop it.
    assertThat(owners.profile()).doesNotContain("Remove my password");
    String sub = "gil-" + UUID.randomUUID();
    owners.signInWithProvider(sub, Map.of(), null);
    String profile = owners.profile();
    assertThat(profile).contains("Remove my password");

    // A wrong password drops nothing; the right one drops it, and the API token ends with it.
    assertThat(owners.submit(profile, "drop-password", "drop-password:current", "not it").body())
        .contains("not right");
    assertThat(
            query(
                "select count(*) from account where email = ? and password_hash is null",
                owner.email()))
        .containsExactly("0");
    HttpResponse<String> dropped =
        owners.submit(owners.profile(), "drop-password", "drop-password:current", owner.password());
    assertThat(dropped.statusCode()).as(dropped.body()).isEqualTo(302);
    assertThat(
            query(
                "select count(*) from account where email = ? and password_hash is null",
                owner.email()))
        .containsExactly("1");
    assertThat(api.get("/api/me", owner.token()).status()).isEqualTo(401);
    assertThat(new Browser().signInWithPasswordAnswer(owner.email(), owner.password()).statusCode())
        .isEqualTo(200);

    // The provider still signs in; its link is now the only way in and stays.
    Browser later = new Browser();
    later.signInWithProvider(sub, Map.of(), null);
    String without = later.profile();
    assertThat(without)
        .contains("Your account has no password", "first set a password")
        .doesNotContain("Remove the sign-in", "Delete my account");
    String link = query("select l.id::text from linked_sign_in l where l.subject = ?", sub).get(0);
    assertThat(later.post("/identity/linked-sign-ins/remove", "id=" + link).statusCode())
        .isEqualTo(409);

    // A new password comes by mail, to the account's own address.
    HttpResponse<String> mailed = later.submit(without, "set-password", null, null);
    assertThat(mailed.statusCode()).as(mailed.body()).isEqualTo(302);
    long until = System.currentTimeMillis() + 15_000;
    while (query(
                "select count(*) from mail_outbox where recipient = ? and body like '%reset.xhtml?token=%'",
                owner.email())
            .equals(List.of("0"))
        && System.currentTimeMillis() < until) {
      Thread.sleep(200);
    }
    assertThat(
            query(
                "select count(*) from mail_outbox where recipient = ? and body like '%reset.xhtml?token=%'",
                owner.email()))
        .containsExactly("1");
  }

  @Test
  void startingSignInsOverAndOverFromOneAddressIsStopped() {
    Browser script = new Browser();
    for (int i = 0; i < 4; i++) {
      assertThat(script.get("/auth/oidc/district").statusCode()).isEqualTo(302);
    }
    HttpResponse<String> stopped = script.get("/auth/oidc/district");
    assertThat(script.refusal(stopped))
        .contains("Too many sign-ins were started from your network");
    // Another address is not held up by it.
    assertThat(new Browser().get("/auth/oidc/district").statusCode()).isEqualTo(302);
  }

  @Test
  void theSignInPageOffersTheProviderByItsLabel() {
    HttpResponse<String> page = new Browser().get("/identity/sign-in.xhtml");
    assertThat(page.body()).contains("Continue with Springfield Schools", "/auth/oidc/district");
  }

  private static DefaultOAuth2TokenCallback callback(String sub, Map<String, Object> claims) {
    return new DefaultOAuth2TokenCallback("district", sub, "JWT", List.of(CLIENT_ID), claims, 3600);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A browser without scripts: cookies kept by hand (the platform's are Secure), no redirects. */
  private final class Browser extends ScriptlessBrowser {

    Browser() {
      super(base);
    }

    /** Starts a sign-in, lets the provider answer, and answers where it sends the browser back. */
    URI toProviderAndBack(String next) throws Exception {
      HttpResponse<String> start =
          get(
              "/auth/oidc/district"
                  + (next == null
                      ? ""
                      : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
      assertThat(start.statusCode()).as(start.body()).isEqualTo(302);
      URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
      assertThat(authorize.toString())
          .startsWith(PROVIDER.issuerUrl("district").toString())
          .contains("code_challenge_method=S256", "nonce=", "state=");
      HttpResponse<String> provider = elsewhere(authorize);
      assertThat(provider.statusCode()).as(provider.body()).isEqualTo(302);
      URI back = URI.create(provider.headers().firstValue("Location").orElseThrow());
      assertThat(back.toString()).startsWith(PUBLIC_URL + "/auth/oidc/district/callback?");
      return back;
    }

    /** The whole flow with this sub and these claims; answers the platform's last answer. */
    HttpResponse<String> signInWithProvider(String sub, Map<String, Object> claims, String next)
        throws Exception {
      PROVIDER.enqueueCallback(callback(sub, claims));
      URI back = toProviderAndBack(next);
      return get(back.getRawPath() + "?" + back.getRawQuery());
    }

    void signInWithPassword(String email, String password) {
      HttpResponse<String> signedIn = signInWithPasswordAnswer(email, password);
      assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    }

    HttpResponse<String> signInWithPasswordAnswer(String email, String password) {
      HttpResponse<String> form = get("/identity/sign-in.xhtml");
      Matcher state =
          Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
              .matcher(form.body());
      assertThat(state.find()).isTrue();
      return post(
          "/identity/sign-in.xhtml",
          "sign-in=sign-in&sign-in%3Aemail="
              + URLEncoder.encode(email, StandardCharsets.UTF_8)
              + "&sign-in%3Apassword="
              + URLEncoder.encode(password, StandardCharsets.UTF_8)
              + "&sign-in%3Asubmit=Sign+in&jakarta.faces.ViewState="
              + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    }

    /**
     * Submits a form of this page by its id, with one field (or none) and the page's view state;
     * answers the platform's answer.
     */
    HttpResponse<String> submit(String page, String form, String field, String value) {
      return submitTo(
          IdentityLinks.PROFILE, page, form, field == null ? Map.of() : Map.of(field, value));
    }

    HttpResponse<String> submitTo(
        String path, String page, String form, Map<String, String> fields) {
      Matcher state =
          Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
      assertThat(state.find()).isTrue();
      Matcher button =
          Pattern.compile("<input[^>]*type=\"submit\"[^>]*name=\"(" + form + ":[^\"]+)\"")
              .matcher(page);
      assertThat(button.find()).as("a submit button in " + form).isTrue();
      StringBuilder values = new StringBuilder();
      fields.forEach(
          (name, value) ->
              values
                  .append('&')
                  .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                  .append('=')
                  .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
      String body =
          form
              + "="
              + form
              + values
              + "&"
              + URLEncoder.encode(button.group(1), StandardCharsets.UTF_8)
              + "=x&jakarta.faces.ViewState="
              + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
      return post(path, body);
    }

    /** The profile page's text; fails unless signed in. */
    String profile() {
      HttpResponse<String> profile = get(IdentityLinks.PROFILE);
      assertThat(profile.statusCode()).as(profile.body()).isEqualTo(200);
      return profile.body();
    }

    boolean signedIn() {
      return get(IdentityLinks.PROFILE).statusCode() == 200;
    }

    /** The refusal page this answer leads to, which must be the plain page. */
    String refusal(HttpResponse<String> answer) {
      return refusal(answer, "/identity/other-sign-in.xhtml?problem=");
    }
  }

  private static List<String> query(String sql, String parameter) {
    return Rows.texts(database.dataSource(), sql, parameter);
  }
}
