package org.pathways.xapi.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Workshops;

/**
 * xAPI statements reach a learning record store exactly once. The LRS stand-in (the JDK's HTTP
 * server) enforces the statement resource's rules: the version header (400 without), Basic
 * authentication (401), a POSTed array answered 200 with its ids, a PUT with {@code statementId}
 * answered 204 (also for an id it holds with the same content), 409 for an id it holds (a POST) or
 * holds with other content (a PUT), and the structure of each statement (actor, verb, object, a
 * UUID id, IRIs, no response text for a reflection); it can be told to answer 503. The background
 * sweep is off; the test runs it through the administrators' API.
 */
class XapiIT extends DeployedPlatform {

  private static final String PUBLIC_URL = "https://pathways.test";
  private static final String USER = "lrs-user";
  private static final String PASSWORD = "lrs-secret-passphrase";
  private static final String COURSE = ShippedContent.K5;

  private static final LrsStandIn LRS = new LrsStandIn(USER, PASSWORD, PUBLIC_URL);
  private static final Map<String, JsonObject> STORED = LRS.stored;
  private static final String ENDPOINT = LRS.endpoint();

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url", PUBLIC_URL,
            "pathways.xapi.endpoint", ENDPOINT,
            "pathways.xapi.username", USER,
            "pathways.xapi.password", PASSWORD,
            "pathways.xapi.seconds", "0",
            "pathways.demo.workshops", "false"));
  }

  @AfterAll
  static void stopLrs() {
    LRS.stop();
  }

  private String admin;

  @BeforeEach
  void signInAdministrator() {
    admin = api.token(ADMIN, ADMIN_PASSWORD);
  }

  @Test
  void everyEventReachesTheLrsOnceThroughAnOutageAndAResend() throws Exception {
    Api.Person teacher = api.signUp("Xena Xapi");
    Api.Answer enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", COURSE), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    String enrollment = enrolled.text("id");
    Course course = ShippedContent.course(COURSE);
    List<Step> steps = course.modules().stream().flatMap(m -> m.steps().stream()).toList();

    // Every step, the first quiz failed once first.
    boolean failedOnce = false;
    for (Step step : steps) {
      if (step.kind() == StepKind.QUIZ && !failedOnce) {
        Api.Answer failed =
            api.call(
                "PUT",
                "/api/enrollments/" + enrollment + "/steps/" + step.key() + "/completion",
                ShippedContent.wrongAnswers(step),
                teacher.token());
        assertThat(failed.status()).as("not passed yet: " + failed.body()).isEqualTo(422);
        failedOnce = true;
      }
      Api.Answer done = api.completeStep(teacher, enrollment, step);
      assertThat(done.status()).as(step.key() + ": " + done.body()).isIn(200, 201);
    }
    assertThat(failedOnce).isTrue();

    // A workshop: registered, and one session attended.
    Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                "xAPI day",
                5,
                "sessions",
                Workshops.sessions(start, start.plus(Duration.ofHours(6))),
                "location",
                Workshops.denverHall("Statement hall"),
                "registrationCloses",
                start.minus(Duration.ofHours(1)).toString()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String workshop = created.json().getString("id");
    Api.Answer registered =
        api.call("POST", "/api/workshops/" + workshop + "/registrations", "", teacher.token());
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    String session =
        api.get("/api/workshops/" + workshop, admin)
            .json()
            .getJsonArray("sessions")
            .getJsonObject(0)
            .getString("id");
    Api.Answer marked =
        api.call(
            "PUT",
            "/api/workshops/" + workshop + "/sessions/" + session + "/attendance/" + teacher.id(),
            Api.object("present", true),
            admin);
    assertThat(marked.status()).as(marked.body()).isEqualTo(204);

    int expected = steps.size() + 1 + course.modules().size() + 1 + 2;
    assertThat(count("select count(*) from xapi_statement")).isEqualTo(expected);
    assertThat(sweep()).isEqualTo(expected);
    assertThat(STORED).hasSize(expected);
    Map<String, Long> verbs =
        STORED.values().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.getJsonObject("verb").getString("id").replaceAll(".*/", ""),
                    Collectors.counting()));
    long quizzes = steps.stream().filter(s -> s.kind() == StepKind.QUIZ).count();
    long reflections = steps.stream().filter(s -> s.kind() == StepKind.REFLECTION).count();
    assertThat(verbs)
        .containsEntry("passed", quizzes)
        .containsEntry("failed", 1L)
        .containsEntry("answered", reflections)
        .containsEntry("experienced", steps.size() - quizzes - reflections)
        .containsEntry("completed", course.modules().size() + 1L)
        .containsEntry("registered", 1L)
        .containsEntry("attended", 1L);
    assertThat(STORED.values())
        .allSatisfy(
            s ->
                assertThat(s.getJsonObject("actor").getJsonObject("account").getString("name"))
                    .isEqualTo(teacher.id()));
    assertThat(sweep()).as("nothing twice").isZero();
    assertThat(standing().getInt("pending")).isZero();
    assertThat(standing().getString("lastSentAt")).isNotBlank();

    // The LRS down for a few sweeps: the statement waits, with the error in sight.
    Api.Person second = api.signUp("Yuri Ypsilon");
    LRS.down = true;
    Api.Answer waits =
        api.call("POST", "/api/workshops/" + workshop + "/registrations", "", second.token());
    assertThat(waits.status()).as(waits.body()).isEqualTo(201);
    assertThat(sweep()).isZero();
    assertThat(sweep()).isZero();
    assertThat(sweep()).isZero();
    JsonObject standing = standing();
    assertThat(standing.getBoolean("configured")).isTrue();
    assertThat(standing.getInt("pending")).isEqualTo(1);
    assertThat(standing.getInt("failing")).isEqualTo(1);
    assertThat(standing.getString("lastError")).isEqualTo("LRS answered 503");
    assertThat(
            count(
                "select attempts from xapi_statement where account_id = '"
                    + second.id()
                    + "'::uuid and next_attempt_at > now()"))
        .isEqualTo(3);
    HttpResponse<String> page =
        PageSession.signIn(base, ADMIN, ADMIN_PASSWORD).get("/admin/xapi.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Waiting to be sent: 1.")
        .contains("LRS answered 503")
        .contains("Send now")
        .doesNotContain(PASSWORD);

    // Back up, but the row is held by an instance that claimed it and stopped (its lease not
    // over): nobody else sends it. Nothing but the row says so: once the lease is over, any
    // instance (or this one started again) sends it, though its next attempt is not due.
    LRS.down = false;
    String held = "account_id = '" + second.id() + "'::uuid";
    update("update xapi_statement set claimed_until = now() + interval '5 minutes' where " + held);
    assertThat(sweep()).as("held by another instance").isZero();
    assertThat(STORED).hasSize(expected);
    update("update xapi_statement set claimed_until = now() - interval '1 second' where " + held);
    assertThat(sweep()).isEqualTo(1);
    assertThat(STORED).hasSize(expected + 1);
    assertThat(standing().getInt("pending")).isZero();
    assertThat(standing().isNull("lastError")).isTrue();
    assertThat(sweep()).isZero();

    // A resend of statements the LRS holds (their rows back to unsent): no duplicate.
    int conflicts = LRS.conflicts.get();
    update("update xapi_statement set sent_at = null where event_key like 'course-completed:%'");
    update("update xapi_statement set sent_at = null where event_key like 'workshop-registered:%'");
    assertThat(sweep()).isEqualTo(3);
    assertThat(LRS.conflicts.get()).as("the batch met the ids it holds").isGreaterThan(conflicts);
    assertThat(LRS.puts.get()).isEqualTo(3);
    assertThat(STORED).hasSize(expected + 1);
    assertThat(standing().getInt("pending")).isZero();
    assertThat(LRS.problems).isEmpty();
  }

  @Test
  void onlyAdministratorsSeeAndSendTheOutbox() {
    Api.Person teacher = api.signUp("Nico Notadmin");
    assertThat(api.get("/api/admin/xapi", teacher.token()).status()).isEqualTo(403);
    assertThat(api.call("POST", "/api/admin/xapi/sweep", "", teacher.token()).status())
        .isEqualTo(403);
    assertThat(api.get("/api/admin/xapi", null).status()).isEqualTo(401);
    assertThat(api.call("POST", "/api/admin/xapi/sweep", "", null).status()).isEqualTo(401);
    assertThat(
            PageSession.signIn(base, teacher.email(), teacher.password())
                .get("/admin/xapi.xhtml")
                .statusCode())
        .isEqualTo(403);
  }

  private int sweep() {
    Api.Answer answer = api.call("POST", "/api/admin/xapi/sweep", "", admin);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getInt("sent");
  }

  private JsonObject standing() {
    Api.Answer answer = api.get("/api/admin/xapi", admin);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static int count(String sql) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getInt(1) : -1;
    }
  }

  private static void update(String sql) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }
}
