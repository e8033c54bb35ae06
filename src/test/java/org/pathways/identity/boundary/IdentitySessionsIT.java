package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Http;

/**
 * Tokens and page sessions on the running platform: cookies, revoked tokens, stolen sessions signed
 * out by a password change, a reset or signing out everywhere, and where sign-in may lead.
 */
class IdentitySessionsIT extends IdentityFixtures {

  @Test
  void theSessionCookieIsHttpOnlyLaxAndSecureWhenPublishedOverHttps() {
    var page = Http.get(api("/identity/sign-in.xhtml"));

    assertThat(page.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie ->
                assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("HttpOnly", "Secure", "SameSite=lax"));
  }

  @Test
  void aFormSentAfterItsPageExpiredLeadsBackToThePageWithAMessage() {
    var expired =
        Http.send(
            java.net.http.HttpRequest.newBuilder(api("/identity/sign-in.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        "sign-in=sign-in&sign-in%3Aemail=a%40b.test&sign-in%3Apassword=x&sign-in%3Asubmit=Sign+in&jakarta.faces.ViewState=-1%3A-1"))
                .build());

    assertThat(expired.statusCode()).isEqualTo(302);
    assertThat(expired.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/identity/sign-in.xhtml"));
  }

  @Test
  void aRevokedTokenNoLongerWorks() {
    String email = unique("revoke");
    signUp(email, "tulips in the spring");
    String token = token(email, "tulips in the spring");

    assertThat(call("DELETE", "/api/tokens/current", null, token, address()).statusCode())
        .isEqualTo(204);
    assertThat(call("GET", "/api/me", null, token, address()).statusCode()).isEqualTo(401);
  }

  @Test
  void aStolenSessionIsSignedOutWhenTheTeacherChangesTheirPassword() throws Exception {
    String email = unique("change");
    signUp(email, "tulips in the spring");
    String apiToken = token(email, "tulips in the spring");
    String feed = feedPath(apiToken);
    PageVisitor teacher = new PageVisitor(base);
    PageVisitor thief = new PageVisitor(base);
    teacher.signIn(email, "tulips in the spring");
    thief.signIn(email, "tulips in the spring");

    var wrong =
        teacher.submit(
            "/identity/profile.xhtml",
            "password",
            "change",
            "current",
            "not my password",
            "new",
            "a fresh autumn sentence");
    assertThat(wrong.body()).contains("The password is not right");
    var common =
        teacher.submit(
            "/identity/profile.xhtml",
            "password",
            "change",
            "current",
            "tulips in the spring",
            "new",
            "password1");
    assertThat(common.body()).contains("most common");
    assertThat(thief.signedIn()).as("nothing changed yet").isTrue();

    var changed =
        teacher.submit(
            "/identity/profile.xhtml",
            "password",
            "change",
            "current",
            "tulips in the spring",
            "new",
            "a fresh autumn sentence");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    assertThat(teacher.signedIn()).as("the session that changed it stays").isTrue();
    assertThat(thief.signedIn()).as("every other session ends").isFalse();
    assertThat(call("GET", "/api/me", null, apiToken, address()).statusCode()).isEqualTo(401);
    assertThat(call("GET", feed, null, null, address()).statusCode()).isEqualTo(404);
    assertThat(token(email, "a fresh autumn sentence")).isNotBlank();
  }

  @Test
  void aPasswordResetSignsOutAStolenSessionAndEndsAKnownFeedAddress() throws Exception {
    String email = unique("reset");
    String id = signUp(email, "tulips in the spring");
    String feed = feedPath(token(email, "tulips in the spring"));
    String feedSecret = feed.substring(feed.lastIndexOf('/') + 1, feed.length() - ".ics".length());
    assertThat(call("GET", feed, null, null, address()).statusCode()).isEqualTo(200);
    assertThat(
            query(
                "select row_to_json(f)::text from calendar_feed f where account_id = ?::uuid", id))
        .as("the database keeps no feed secret as it is")
        .singleElement()
        .asString()
        .doesNotContain(feedSecret);
    PageVisitor thief = new PageVisitor(base);
    thief.signIn(email, "tulips in the spring");

    PageVisitor teacher = new PageVisitor(base);
    teacher.submit("/identity/forgot.xhtml", "forgot", "submit", "email", email);
    // The link is mailed after the page answered: wait for it.
    String link =
        Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(30))
            .until(
                () ->
                    query(
                            "select body from mail_outbox where recipient = ? order by id desc"
                                + " limit 1",
                            email)
                        .stream()
                        .findFirst()
                        .orElse(null),
                java.util.Objects::nonNull);
    Matcher secret = Pattern.compile("reset\\.xhtml\\?token=(\\S+)").matcher(link);
    assertThat(secret.find()).isTrue();
    var reset =
        teacher.submit(
            "/identity/reset.xhtml?token=" + secret.group(1),
            "reset",
            "submit",
            "token",
            secret.group(1),
            "password",
            "a fresh autumn sentence");

    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(302);
    assertThat(thief.signedIn()).isFalse();
    assertThat(call("GET", feed, null, null, address()).statusCode()).isEqualTo(404);
  }

  @Test
  void aStolenSessionIsSignedOutWhenTheTeacherSignsOutEverywhere() {
    String email = unique("everywhere");
    signUp(email, "tulips in the spring");
    PageVisitor teacher = new PageVisitor(base);
    PageVisitor thief = new PageVisitor(base);
    teacher.signIn(email, "tulips in the spring");
    thief.signIn(email, "tulips in the spring");

    var out = teacher.submit("/identity/profile.xhtml", "sessions", "everywhere");

    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(out.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("signedOut=true"));
    assertThat(out.headers().firstValue("Clear-Site-Data")).hasValue("\"storage\"");
    assertThat(thief.signedIn()).isFalse();
    assertThat(teacher.signedIn()).isFalse();
  }

  @Test
  void aSessionEndedOnAnotherInstanceIsSignedOutHereWithinTheIdentityCacheSeconds()
      throws Exception {
    String email = unique("elsewhere");
    String id = signUp(email, "tulips in the spring");
    PageVisitor teacher = new PageVisitor(base);
    teacher.signIn(email, "tulips in the spring");

    // What another instance's "Sign out everywhere" leaves in the shared database.
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "update page_session set revoked_at = now() where account_id = ?::uuid")) {
      statement.setString(1, id);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .pollInterval(java.time.Duration.ofSeconds(1))
        .until(() -> !teacher.signedIn());
  }

  @Test
  void aSessionCookieCannotActOnTheApiThroughAnyPathSpelling() throws Exception {
    String email = unique("spelling");
    signUp(email, "tulips in the spring");
    Http.Raw signedIn = signInOnThePage(email, "tulips in the spring", "/identity/profile.xhtml");
    assertThat(signedIn.status()).isEqualTo(302);
    String cookie = sessionCookie(signedIn);
    assertThat(Http.raw(base, "GET", "/identity/profile.xhtml", null, "Cookie", cookie).status())
        .as("the session works on pages")
        .isEqualTo(200);

    for (String path :
        List.of(
            "/api/me",
            "//api/me",
            "/api/../api/me",
            "/./api/me",
            "/API/me",
            "/%61pi/me",
            "/api;jsessionid=x/me",
            "/api/me;x=y",
            "/api//me",
            "/assets/../api/me",
            "/jakarta.faces.resource/../api/me")) {
      Http.Raw changed =
          Http.raw(
              base,
              "PUT",
              path,
              "{\"name\":\"Changed Through " + path.length() + "\"}",
              "Cookie",
              cookie,
              "Content-Type",
              "application/json");
      assertThat(changed.status()).as(path).isNotEqualTo(200).isNotEqualTo(204);
    }
    assertThat(query("select name from account where email = ?", email))
        .containsExactly("Pat Teacher");
  }

  @Test
  void behindATlsProxyEveryResponseCarriesHstsForAYear() {
    for (String path : List.of("/", "/identity/sign-in.xhtml", "/api/programs")) {
      assertThat(Http.get(api(path)).headers().firstValue("Strict-Transport-Security"))
          .as(path)
          .hasValue("max-age=31536000; includeSubDomains");
    }
  }

  @Test
  void aSignInNextThatLeadsOffTheSiteGoesToTheProfileInstead() {
    String email = unique("next");
    signUp(email, "tulips in the spring");
    for (String next :
        List.of(
            "//evil.test",
            "/\\evil.test",
            "https://evil.test",
            "/\t/evil.test",
            "/%2F%2Fevil.test")) {
      Http.Raw signedIn = signInOnThePage(email, "tulips in the spring", next);
      assertThat(signedIn.status()).as(next).isEqualTo(302);
      assertThat(signedIn.header("Location"))
          .as(next)
          .hasValueSatisfying(
              location ->
                  assertThat(location).doesNotContain("evil").endsWith("/identity/profile.xhtml"));
    }
    assertThat(
            signInOnThePage(email, "tulips in the spring", "/workshops/index.xhtml")
                .header("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/workshops/index.xhtml"));
  }
}
