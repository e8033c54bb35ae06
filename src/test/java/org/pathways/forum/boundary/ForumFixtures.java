package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.MailedLinks;

/**
 * The deployment and helpers that the forum integration tests share: a cohort with its facilitator,
 * members, threads and replies, a content administrator, counting rows and queries, and stored XSS
 * attempts.
 */
abstract class ForumFixtures extends DeployedPlatform {

  static final String MS = "ms-phase-1-cs-in-math-science";
  static final String HS = "hs-phase-1-foundations";

  /** Stored XSS attempts, in titles, bodies and names. */
  static final List<String> XSS =
      List.of(
          "<script>alert('x')</script>",
          "<img src=x onerror=alert(1)>",
          "[click](javascript:alert(1))",
          "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "<svg onload=alert(1)><circle r=1/></svg>",
          "<a href=\"https://ok.example\" style=\"background:url(javascript:alert(1))\">styled</a>",
          "<div style=\"position:fixed;top:0\">overlay</div>",
          "<a href='x' onclick=\"alert(1)\"",
          "\"><script>alert(2)</script>",
          "<iframe src=\"https://evil.example\"></iframe>",
          "<p onmouseover=alert(3)>hover</p>",
          "![img](javascript:alert(4))");

  static String cohortCode;
  static String cohortId;

  String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url", "https://pathways.test",
            "pathways.forum.digest-minutes", "0",
            "pathways.diagnostics.query-count", "true"));
  }

  /** Each test class has its own database, so its own cohort. */
  @BeforeAll
  static void forgetTheCohort() {
    cohortCode = null;
    cohortId = null;
    facilitatorEmail = null;
    facilitatorPassword = null;
  }

  @BeforeEach
  void signInAdministrator() {
    admin = api.token(ADMIN, ADMIN_PASSWORD);
  }

  Api.Person cohortFacilitator;

  /** A cohort of the middle-school course, with its facilitator; its code for teachers. */
  synchronized void cohort() {
    if (cohortCode != null) {
      return;
    }
    cohortFacilitator = api.signUp("Fac Cohort");
    Api.Answer created =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                "Denver math cohort",
                "district",
                "Denver Public Schools",
                "course",
                MS,
                "facilitators",
                Json.createArrayBuilder().add(cohortFacilitator.email()).build()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    MailedLinks.acceptInvitation(database.dataSource(), api, cohortFacilitator);
    cohortCode = created.text("code");
    cohortId = created.text("id");
    facilitatorEmail = cohortFacilitator.email();
    facilitatorPassword = cohortFacilitator.password();
  }

  static String facilitatorEmail;
  static String facilitatorPassword;

  Api.Person member(String name) {
    cohort();
    Api.Person teacher = api.signUp(name);
    Api.Answer enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", MS, "code", cohortCode),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return teacher;
  }

  JsonObject start(String space, String title, String body, String token) {
    Api.Answer started =
        api.call(
            "POST",
            "/api/forum/spaces/" + space + "/threads",
            Api.object("title", title, "body", body),
            token);
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return started.json();
  }

  Api.Answer reply(String thread, String body, String token) {
    return api.call(
        "POST", "/api/forum/threads/" + thread + "/posts", Api.object("body", body), token);
  }

  Api.Person contentAdmin() {
    Api.Person person = api.signUp("Connie Content");
    Api.Answer roles =
        api.call(
            "PUT",
            "/api/users/" + person.id() + "/roles",
            Api.object(
                "roles", Json.createArrayBuilder().add("TEACHER").add("CONTENT_ADMIN").build()),
            admin);
    assertThat(roles.status()).as(roles.body()).isEqualTo(200);
    return new Api.Person(
        person.id(),
        person.email(),
        person.password(),
        person.name(),
        api.token(person.email(), person.password()));
  }

  int count(String sql, Object... params) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    }
  }

  /** No element, attribute or URL that could run script or restyle the page survives. */
  static void harmless(String html) {
    String lower = html.toLowerCase();
    assertThat(lower).doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "style=");
    assertThat(lower).doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    assertThat(lower)
        .doesNotContainPattern("(href|src)\\s*=\\s*[\"']?\\s*(javascript|data|vbscript):");
  }

  static String plan(Connection c, String sql) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        text.append(r.getString(1)).append('\n');
      }
    }
    return text.toString();
  }

  int queries(String path, String token) {
    Api.Answer answer = api.get(path, token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Integer.parseInt(answer.header("X-Pathways-Queries"));
  }
}
