package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            "https://pathways.test"));
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

    assertThat(call("DELETE", "/api/me", null, token, address()).statusCode()).isEqualTo(204);
    assertThat(call("GET", "/api/me", null, token, address()).statusCode()).isEqualTo(401);
    assertThat(query("select id from account where id = ?::uuid", id)).isEmpty();
    assertThat(query("select action from audit_log where subject_id = ? order by at", id))
        .contains("data.exported", "account.deleted");
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
