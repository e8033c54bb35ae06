package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.TestDatabases;

/** Accounts, tokens and access rules through the API, on the running platform. */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

  static final String ADMIN = "admin@district.test";
  static final String ADMIN_PASSWORD = "a long admin sentence";
  private static EmbeddedDatabase database;

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    database = TestDatabases.temporary();
    return Deployments.pathways(
        database.jdbcUrl(),
        Map.of(
            "pathways.admin.email",
            ADMIN,
            "pathways.admin.password",
            ADMIN_PASSWORD,
            "pathways.proxy.trusted",
            "true",
            "pathways.public-url",
            "https://pathways.test",
            "pathways.limits.sign-up",
            "3/1h",
            "pathways.limits.password-reset.address",
            "3/1h"));
  }

  @BeforeEach
  void awaitReady() {
    Http.awaitReady(base);
  }

  private URI api(String path) {
    return Http.serverRoot(base, path);
  }

  private HttpResponse<String> call(
      String method, String path, String body, String token, String address) {
    return Http.json(method, api(path), body, token, "X-Forwarded-For", address);
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
  }

  private static String address() {
    return "10."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250);
  }

  private String signUp(String email, String password) {
    var created =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + password
                + "\",\"name\":\"Pat Teacher\"}",
            null,
            address());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return field(created.body(), "id");
  }

  private String token(String email, String password) {
    var issued =
        call(
            "POST",
            "/api/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
            null,
            address());
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return field(issued.body(), "token");
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
    return matcher.group(1);
  }

  @Test
  void aTeacherSignsUpGetsATokenAndReadsTheirAccount() {
    String email = unique("signup");
    signUp(email, "tulips in the spring");
    String token = token(email.toUpperCase(), "tulips in the spring");

    var me = call("GET", "/api/me", null, token, address());

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"email\":\"" + email + "\"", "\"roles\":[\"TEACHER\"]");
  }

  @Test
  void theStoredHashNamesTheAlgorithmAndIterationCount() throws Exception {
    String email = unique("hash");
    signUp(email, "tulips in the spring");

    assertThat(query("select password_hash from account where email = ?", email))
        .singleElement()
        .asString()
        .startsWith("PBKDF2WithHmacSHA256:600000:");
  }

  @Test
  void aHashWithOlderParametersIsUpgradedAtTheNextSignIn() throws Exception {
    String email = unique("legacy");
    signUp(email, "tulips in the spring");
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    byte[] key =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec(
                    "tulips in the spring".toCharArray(), salt, 1000, 256))
            .getEncoded();
    java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
    String old =
        "PBKDF2WithHmacSHA256:1000:"
            + base64.encodeToString(salt)
            + ":"
            + base64.encodeToString(key);
    update("update account set password_hash = ? where email = '" + email + "'", old);

    token(email, "tulips in the spring");

    assertThat(query("select password_hash from account where email = ?", email))
        .singleElement()
        .asString()
        .startsWith("PBKDF2WithHmacSHA256:600000:");
  }

  @Test
  void anUnknownEmailAndAWrongPasswordGetTheSameAnswerInAboutTheSameTime() {
    String email = unique("same");
    signUp(email, "tulips in the spring");
    String address = address();
    long unknownTime = 0;
    long wrongTime = 0;
    HttpResponse<String> unknown = null;
    HttpResponse<String> wrong = null;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      unknown =
          call(
              "POST",
              "/api/tokens",
              "{\"email\":\"" + unique("nobody") + "\",\"password\":\"tulips in the fall\"}",
              null,
              address);
      unknownTime += System.nanoTime() - start;
      start = System.nanoTime();
      wrong =
          call(
              "POST",
              "/api/tokens",
              "{\"email\":\"" + email + "\",\"password\":\"tulips in the fall\"}",
              null,
              address);
      wrongTime += System.nanoTime() - start;
    }

    assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertThat((double) unknownTime / wrongTime).isBetween(0.5, 2.0);
  }

  @Test
  void theEleventhFailureInFifteenMinutesGets429WithRetryAfter() throws Exception {
    String email = unique("brute");
    signUp(email, "tulips in the spring");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      statuses.add(
          call(
                  "POST",
                  "/api/tokens",
                  "{\"email\":\"" + email + "\",\"password\":\"guess number " + i + "\"}",
                  null,
                  address())
              .statusCode());
    }
    var eleventh =
        call(
            "POST",
            "/api/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"tulips in the spring\"}",
            null,
            address());

    assertThat(statuses).containsOnly(401);
    assertThat(eleventh.statusCode()).isEqualTo(429);
    assertThat(eleventh.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 900L));
    assertThat(
            query(
                "select count(*) from audit_log where action = 'signin.failed' and detail = ?",
                email))
        .containsExactly("10");
  }

  @Test
  void tenFailuresFromOneAddressLockThatAddressForEveryAccount() {
    String address = address();
    for (int i = 0; i < 10; i++) {
      call(
          "POST",
          "/api/tokens",
          "{\"email\":\"" + unique("spray") + "\",\"password\":\"guess number " + i + "\"}",
          null,
          address);
    }
    assertThat(
            call(
                    "POST",
                    "/api/tokens",
                    "{\"email\":\"" + unique("spray") + "\",\"password\":\"another guess\"}",
                    null,
                    address)
                .statusCode())
        .isEqualTo(429);
  }

  @Test
  void aTeacherCannotReadOrChangeAnotherAccountThroughAnyEndpoint() {
    String mine = unique("mine");
    String theirs = unique("theirs");
    signUp(mine, "tulips in the spring");
    String theirId = signUp(theirs, "roses in the summer");
    String token = token(mine, "tulips in the spring");

    assertThat(call("GET", "/api/users/" + theirId, null, token, address()).statusCode())
        .isEqualTo(404);
    assertThat(
            call(
                    "PUT",
                    "/api/users/" + theirId + "/roles",
                    "{\"roles\":[\"ADMIN\"]}",
                    token,
                    address())
                .statusCode())
        .isEqualTo(403);
    assertThat(call("GET", "/api/users/" + theirId, null, null, address()).statusCode())
        .isEqualTo(401);
    assertThat(call("GET", "/api/me", null, "not-a-token", address()).statusCode()).isEqualTo(401);
    var own = call("GET", "/api/me", null, token, address());
    assertThat(own.body()).contains(mine).doesNotContain(theirs);
  }

  @Test
  void anAdministratorAssignsRolesAndTheChangeIsAudited() throws Exception {
    String email = unique("facilitator");
    String id = signUp(email, "tulips in the spring");
    String admin = token(ADMIN, ADMIN_PASSWORD);

    var assigned =
        call(
            "PUT",
            "/api/users/" + id + "/roles",
            "{\"roles\":[\"FACILITATOR\"]}",
            admin,
            address());

    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.body()).contains("\"roles\":[\"FACILITATOR\",\"TEACHER\"]");
    assertThat(call("GET", "/api/users/not-a-uuid", null, admin, address()).statusCode())
        .isEqualTo(404);
    assertThat(
            call("PUT", "/api/users/not-a-uuid/roles", "{\"roles\":[]}", admin, address())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            query(
                "select action from audit_log where subject_id = ? and action = 'roles.changed'",
                id))
        .hasSize(1);
    assertThat(call("GET", "/api/admin/content", null, admin, address()).statusCode())
        .isEqualTo(200);
    assertThat(
            call("GET", "/api/admin/content", null, token(email, "tulips in the spring"), address())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theLastAdministratorCannotRemoveTheirOwnAdministratorRole() throws Exception {
    String admin = token(ADMIN, ADMIN_PASSWORD);
    String adminId = field(call("GET", "/api/me", null, admin, address()).body(), "id");
    String sentence = "This is the only administrator account.";

    var refused =
        call(
            "PUT",
            "/api/users/" + adminId + "/roles",
            "{\"roles\":[\"TEACHER\"]}",
            admin,
            address());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains(sentence);
    assertThat(call("GET", "/api/me", null, admin, address()).body()).contains("\"ADMIN\"");

    // The roles page says so too: the form sent with every box unticked.
    PageSession browser = PageSession.signIn(base, ADMIN, ADMIN_PASSWORD);
    var page =
        browser.submit(
            "/admin/user.xhtml?id=" + adminId,
            "/admin/user.xhtml",
            "roles=roles&id=" + adminId + "&roles%3Asave=Save+roles");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(sentence).doesNotContain("The roles are saved");
    assertThat(call("GET", "/api/me", null, admin, address()).body()).contains("\"ADMIN\"");

    // With a second administrator, either may step down; then the first is the last again.
    String second = signUp(unique("second-admin"), "tulips in the spring");
    String both = "{\"roles\":[\"ADMIN\"]}";
    assertThat(call("PUT", "/api/users/" + second + "/roles", both, admin, address()).statusCode())
        .isEqualTo(200);
    assertThat(
            call("PUT", "/api/users/" + second + "/roles", "{\"roles\":[]}", admin, address())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            call("PUT", "/api/users/" + adminId + "/roles", "{\"roles\":[]}", admin, address())
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void theLastAdministratorCannotDeleteTheirOwnAccount() throws Exception {
    String admin = token(ADMIN, ADMIN_PASSWORD);
    String password = "{\"password\":\"" + ADMIN_PASSWORD + "\"}";

    var refused = call("DELETE", "/api/me", password, admin, address());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("only administrator account, so it cannot be deleted");
    assertThat(call("GET", "/api/me", null, admin, address()).statusCode()).isEqualTo(200);

    // With a second administrator, that one may leave; the first is then the last again.
    String secondEmail = unique("leaving-admin");
    String second = signUp(secondEmail, "tulips in the spring");
    assertThat(
            call(
                    "PUT",
                    "/api/users/" + second + "/roles",
                    "{\"roles\":[\"ADMIN\"]}",
                    admin,
                    address())
                .statusCode())
        .isEqualTo(200);
    var left =
        call(
            "DELETE",
            "/api/me",
            "{\"password\":\"tulips in the spring\"}",
            token(secondEmail, "tulips in the spring"),
            address());
    assertThat(left.statusCode()).as(left.body()).isEqualTo(204);
    assertThat(call("DELETE", "/api/me", password, admin, address()).statusCode()).isEqualTo(409);
  }

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
  void aTeacherExportsTheirDataThenDeletesTheirAccount() throws Exception {
    String email = unique("leaving");
    String id = signUp(email, "tulips in the spring");
    String token = token(email, "tulips in the spring");

    var export = call("GET", "/api/me/export", null, token, address());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).contains(email, "\"tokens\"", "signin.succeeded");

    assertThat(
            call("DELETE", "/api/me", "{\"password\":\"tulips in the spring\"}", token, address())
                .statusCode())
        .isEqualTo(204);
    assertThat(call("GET", "/api/me", null, token, address()).statusCode()).isEqualTo(401);
    assertThat(query("select id from account where id = ?::uuid", id)).isEmpty();
    assertThat(query("select action from audit_log where subject_id = ? order by at", id))
        .contains("data.exported", "account.deleted");
  }

  @Test
  void theGradesATeacherTeachesAreKeptChangedAndExportedInTheCatalogsCodes() throws Exception {
    String email = unique("grades");
    var created =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\""
                + email
                + "\",\"password\":\"tulips in the spring\",\"name\":\"Pat\",\"gradeBand\":\"6-8\"}",
            null,
            address());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"gradeBand\":\"6-8\"");
    assertThat(query("select grade_band from account where email = ?", email))
        .containsExactly("6-8");
    String token = token(email, "tulips in the spring");

    var changed =
        call("PUT", "/api/me", "{\"name\":\"Pat\",\"gradeBand\":\"9-12\"}", token, address());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"gradeBand\":\"9-12\"");
    assertThat(call("GET", "/api/me/export", null, token, address()).body())
        .contains("\"gradeBand\":\"9-12\"");

    var unknown =
        call("PUT", "/api/me", "{\"name\":\"Pat\",\"gradeBand\":\"K-12\"}", token, address());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"gradeBand\"", "K-5, 6-8 or 9-12");
    assertThat(query("select grade_band from account where email = ?", email))
        .containsExactly("9-12");
  }

  @Test
  void aBorrowedTokenCannotDeleteTheAccountWithoutItsPassword() throws Exception {
    String email = unique("borrowed");
    String id = signUp(email, "tulips in the spring");
    String token = token(email, "tulips in the spring");

    var without = call("DELETE", "/api/me", null, token, address());
    var empty = call("DELETE", "/api/me", "{}", token, address());
    var wrong = call("DELETE", "/api/me", "{\"password\":\"a guess at it\"}", token, address());

    assertThat(without.statusCode()).as(without.body()).isEqualTo(400);
    assertThat(without.body()).contains("\"field\":\"password\"");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
    assertThat(wrong.body()).contains("The password is not right");
    assertThat(query("select id from account where id = ?::uuid", id)).hasSize(1);
    assertThat(call("GET", "/api/me", null, token, address()).statusCode()).isEqualTo(200);

    var right =
        call("DELETE", "/api/me", "{\"password\":\"tulips in the spring\"}", token, address());
    assertThat(right.statusCode()).as(right.body()).isEqualTo(204);
    assertThat(query("select id from account where id = ?::uuid", id)).isEmpty();
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

  /** The path of the teacher's calendar-feed address, as GET /api/me/calendar-feed gives it. */
  private String feedPath(String token) {
    var feed = call("GET", "/api/me/calendar-feed", null, token, address());
    assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
    String path = URI.create(field(feed.body(), "url")).getPath();
    assertThat(call("GET", "/api/me/calendar-feed", null, token, address()).body())
        .as("the same address each time")
        .contains(path);
    return path;
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
  void badInputGetsPlainProblemsAndNothingIsCreated() throws Exception {
    var invalid =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\"not-an-email\",\"password\":\"password\",\"name\":\"\"}",
            null,
            address());
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(invalid.body()).contains("\"field\":\"email\"", "\"field\":\"name\"");

    var common =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\"" + unique("common") + "\",\"password\":\"password1\",\"name\":\"Pat\"}",
            null,
            address());
    assertThat(common.statusCode()).isEqualTo(400);
    assertThat(common.body()).contains("most common");

    assertThat(call("POST", "/api/accounts", "{not json", null, address()).statusCode())
        .isEqualTo(400);
    String duplicate = unique("twice");
    signUp(duplicate, "tulips in the spring");
    assertThat(
            call(
                    "POST",
                    "/api/accounts",
                    "{\"email\":\""
                        + duplicate.toUpperCase()
                        + "\",\"password\":\"roses in the summer\",\"name\":\"Pat\",\"extra\":1}",
                    null,
                    address())
                .statusCode())
        .isEqualTo(409);
    assertThat(
            call(
                    "POST",
                    "/api/accounts",
                    "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}",
                    null,
                    address())
                .statusCode())
        .isEqualTo(413);
  }

  /**
   * Signs in through the page as a browser does, sending {@code next} with the form; answers the
   * page's answer to the form (its Location and new session cookie).
   */
  private Http.Raw signInOnThePage(String email, String password, String next) {
    Http.Raw form = Http.raw(base, "GET", "/identity/sign-in.xhtml", null);
    String cookie = form.header("Set-Cookie").orElseThrow().split(";")[0];
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertThat(viewState.find()).isTrue();
    String body =
        "sign-in=sign-in&sign-in%3Aemail="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&sign-in%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&sign-in%3Anext="
            + URLEncoder.encode(next, StandardCharsets.UTF_8)
            + "&sign-in%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    return Http.raw(
        base,
        "POST",
        "/identity/sign-in.xhtml",
        body,
        "Cookie",
        cookie,
        "Content-Type",
        "application/x-www-form-urlencoded",
        "X-Forwarded-For",
        address());
  }

  private static String sessionCookie(Http.Raw signedIn) {
    return signedIn.headers().get("set-cookie").stream()
        .filter(cookie -> cookie.startsWith("JSESSIONID="))
        .reduce((first, second) -> second)
        .orElseThrow()
        .split(";")[0];
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

  // ---------------------------------------------------------------- limits

  /**
   * A page form sent as a browser would, from an address: GET for its view state, then POST. The
   * session cookie is handed back by hand: it is Secure here (an https public address), and the
   * test talks plain HTTP.
   */
  private HttpResponse<String> sendForm(
      String path, String form, Map<String, String> fields, String address) throws Exception {
    HttpClient browser = HttpClient.newHttpClient();
    URI page = api(path);
    HttpResponse<String> opened =
        browser.send(
            HttpRequest.newBuilder(page).header("X-Forwarded-For", address).build(),
            HttpResponse.BodyHandlers.ofString());
    String cookies =
        String.join(
            "; ",
            opened.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .toList());
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(opened.body());
    assertThat(viewState.find()).as(opened.body()).isTrue();
    StringBuilder body =
        new StringBuilder(form + "=" + form + "&" + enc(form + ":submit") + "=send");
    fields.forEach(
        (name, value) ->
            body.append('&').append(enc(form + ":" + name)).append('=').append(enc(value)));
    body.append("&jakarta.faces.ViewState=").append(enc(viewState.group(1)));
    return browser.send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .header("Cookie", cookies)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> forgot(String email, String address) throws Exception {
    return sendForm("/identity/forgot.xhtml", "forgot", Map.of("email", email), address);
  }

  private static String signUpBody(String email) {
    return "{\"email\":\""
        + email
        + "\",\"password\":\"tulips in the spring\",\"name\":\"Bo Bulk\"}";
  }

  @Test
  void aScriptCannotCreateAccountsInBulkFromOneAddress() throws Exception {
    String address = address();
    for (int i = 0; i < 3; i++) {
      assertThat(
              call("POST", "/api/accounts", signUpBody(unique("bulk")), null, address).statusCode())
          .isEqualTo(201);
    }

    var refused = call("POST", "/api/accounts", signUpBody(unique("bulk")), null, address);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 3600L));
    assertThat(refused.body()).contains("Many accounts were just created from your network. Wait");
    assertThat(
            call("POST", "/api/accounts", signUpBody(unique("bulk")), null, address()).statusCode())
        .as("another address")
        .isEqualTo(201);

    String typed = unique("page");
    var page =
        sendForm(
            "/identity/sign-up.xhtml",
            "sign-up",
            Map.of("name", "Pat Paged", "email", typed, "password", "tulips in the spring"),
            address);
    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.body())
        .contains("Many accounts were just created from your network")
        .contains("value=\"Pat Paged\"", "value=\"" + typed + "\"");
    assertThat(query("select count(*) from account where email = ?", typed)).containsExactly("0");
  }

  @Test
  void parallelWrongGuessesGetNoMoreEvaluationsThanTheLimit() throws Exception {
    String email = unique("parallel");
    signUp(email, "tulips in the spring");
    ExecutorService pool = Executors.newFixedThreadPool(30);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String body = "{\"email\":\"" + email + "\",\"password\":\"guess number " + i + "\"}";
      answers.add(
          pool.submit(() -> call("POST", "/api/tokens", body, null, address()).statusCode()));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> answer : answers) {
      statuses.add(answer.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();

    assertThat(statuses).containsOnly(401, 429);
    assertThat(statuses.stream().filter(status -> status == 401).count()).isEqualTo(10);
    assertThat(
            query(
                "select count(*) from audit_log where action = 'signin.failed' and detail = ?",
                email))
        .containsExactly("10");
  }

  @Test
  void aSpoofedLeftmostForwardedForEntryDoesNotEscapeTheAddressLimit() {
    String address = address();
    for (int i = 0; i < 10; i++) {
      call(
          "POST",
          "/api/tokens",
          "{\"email\":\"" + unique("spoof") + "\",\"password\":\"guess number " + i + "\"}",
          null,
          address() + ", " + address);
    }

    assertThat(
            call(
                    "POST",
                    "/api/tokens",
                    "{\"email\":\"" + unique("spoof") + "\",\"password\":\"another guess\"}",
                    null,
                    "8.8.8.8, " + address)
                .statusCode())
        .isEqualTo(429);
  }

  @Test
  void aFloodOfResetRequestsMailsTheVictimOnceAndAnUnknownEmailGetsTheSameAnswers()
      throws Exception {
    String victim = unique("victim");
    signUp(victim, "tulips in the spring");
    String nobody = unique("nobody");

    var firstKnown = forgot(victim, address());
    var firstUnknown = forgot(nobody, address());
    assertThat(firstKnown.statusCode()).isEqualTo(firstUnknown.statusCode()).isEqualTo(200);
    assertThat(firstKnown.body()).contains("a link to reset its password is on its way");
    assertThat(firstUnknown.body()).contains("a link to reset its password is on its way");

    for (int i = 0; i < 5; i++) {
      var known = forgot(victim, address());
      var unknown = forgot(nobody, address());
      assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(429);
      assertThat(known.headers().firstValue("Retry-After").map(Long::parseLong))
          .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 300L));
      assertThat(sentence(known.body())).isEqualTo(sentence(unknown.body()));
      assertThat(sentence(known.body())).startsWith("Reset links were asked for too often.");
      assertThat(known.body()).contains("value=\"" + victim + "\"");
    }

    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(query("select count(*) from mail_outbox where recipient = ?", victim))
                    .containsExactly("1"));
    Thread.sleep(1000);
    assertThat(query("select count(*) from mail_outbox where recipient = ?", victim))
        .containsExactly("1");
    assertThat(query("select count(*) from mail_outbox where recipient = ?", nobody))
        .containsExactly("0");
  }

  @Test
  void oneAddressCannotAskForResetLinksWithoutLimit() throws Exception {
    String address = address();
    for (int i = 0; i < 3; i++) {
      assertThat(forgot(unique("many"), address).statusCode()).isEqualTo(200);
    }

    var refused = forgot(unique("many"), address);
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.body()).contains("Reset links were asked for too often.");
  }

  /** The page's error message, its numbers as N (a wait may just have crossed a minute). */
  private static String sentence(String html) {
    Matcher message = Pattern.compile("class=\"message message--error\">([^<]*)<").matcher(html);
    assertThat(message.find()).as(html).isTrue();
    return message.group(1).strip().replaceAll("\\d+", "N");
  }

  private static void update(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
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
}
