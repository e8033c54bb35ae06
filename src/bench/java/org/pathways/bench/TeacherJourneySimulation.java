package org.pathways.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Teachers working through a course, measured per kind of request.
 *
 * <p>Open model: {@code users} teachers arrive at {@code rate} per second. Each one first signs up,
 * signs in once for a bearer token (failed sign-ins are throttled per account and per address),
 * looks at the course outline, enrols and signs in on the sign-in page too; then, for {@code
 * duration} seconds, repeats a visit: my learning, the workshop finder, the journey, the forum, the
 * course page (its API call and the HTML page), the outline, the next step of the outline (viewed
 * through the API and as the HTML step page, then completed; a quiz is answered with the first
 * choice of every question). The pages are {@link PageVisits}. Between requests a teacher thinks
 * for {@code think} seconds on average (0.5 to 1.5 times it).
 *
 * <p>Settings are system properties: {@code -DbaseUrl=http://localhost:8080 -Dusers=50 -Drate=2
 * -Dduration=60 -Dcourse=k5-online-workshop -Dthink=1}. The run stops by itself: every teacher
 * leaves after {@code duration} seconds of visits, and the whole run is cut off at the time of the
 * arrivals plus {@code duration} plus three minutes. Each visit also finds workshops near a ZIP
 * code, reads the teacher's journey, lists a forum space's threads and searches the forum.
 */
public class TeacherJourneySimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
  private static final int USERS = positiveInt("users", 50);
  private static final double RATE = positiveDouble("rate", 2);
  private static final int DURATION = positiveInt("duration", 60);
  private static final String COURSE = System.getProperty("course", "k5-online-workshop");
  private static final double THINK = Double.parseDouble(System.getProperty("think", "1"));

  private static final Duration THINK_MIN = Duration.ofMillis(Math.round(THINK * 500));
  private static final Duration THINK_MAX = Duration.ofMillis(Math.round(THINK * 1500));

  private static final String AUTHORIZATION = "Bearer #{token}";
  private static final String COURSE_PATH = "/api/courses/" + COURSE;

  /** A reflection long enough for any shipped prompt (they ask for at most 150 words). */
  private static final String REFLECTION =
      "{\"visibility\":\"PRIVATE\",\"text\":\""
          + "I tried this idea with my class and noticed how they talked about steps. ".repeat(20)
          + "\"}";

  static {
    if (!COURSE.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("course must be a course slug, not \"" + COURSE + "\"");
    }
    if (THINK < 0) {
      throw new IllegalArgumentException("think must be 0 or more seconds");
    }
  }

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("application/json")
          .userAgentHeader("Pathways benchmark (Gatling)")
          // Every request is answered in full, as before the API sent entity tags (a 304 would
          // also fail the checks that read the body).
          .disableCaching()
          .disableWarmUp();

  /**
   * Sign up, sign in once, look at the course, enrol and give their time zone; a teacher who fails
   * any of it leaves. ({@link SignInStormSimulation} reuses it and {@link #VISIT} for its signed-in
   * teachers.)
   */
  static final ChainBuilder SET_UP =
      exec(session -> {
            String id = UUID.randomUUID().toString();
            return session
                .set("email", "bench-" + id + "@example.org")
                .set("password", "Bench-" + id)
                .set("cursor", 0);
          })
          .exec(
              Resend.signUp("sign up", "Bench Teacher", Resend::triedForAMinute, (s, status) -> {}))
          .exitHereIf(session -> !Resend.created(session))
          .exec(Resend.signIn("sign in", Resend::triedForAMinute, (s, status) -> {}))
          .exitHereIf(session -> !Resend.created(session) || !session.contains("token"))
          .exec(outline())
          .exitHereIfFailed()
          .pause(THINK_MIN, THINK_MAX)
          .exec(
              http("enrol")
                  .post("/api/enrollments")
                  .header("Authorization", AUTHORIZATION)
                  .body(StringBody(json("course", COURSE)))
                  .asJson()
                  .check(status().in(200, 201), jmesPath("id").saveAs("enrollmentId")))
          .exitHereIfFailed()
          // The one question every page asks a teacher until it is answered: their time zone.
          .exec(
              http("time zone")
                  .put("/api/me")
                  .header("Authorization", AUTHORIZATION)
                  .body(StringBody(json("name", "Bench Teacher", "timeZone", "America/Denver")))
                  .asJson()
                  .check(status().is(200)))
          .exec(PageVisits.signIn())
          .exitHereIfFailed();

  /**
   * One visit. The teacher walks the outline's steps in order, one per visit, and starts again at
   * the first after the last. Under STRICT sequencing a later module stays locked while a quiz is
   * failed or a required step cannot be completed with an empty body (a reflection, a workshop):
   * viewing or completing a step there answers 409, which is an expected answer here, as is 422 for
   * a failed quiz.
   */
  static final ChainBuilder VISIT =
      exec(http("my learning")
              .get("/api/enrollments")
              .header("Authorization", AUTHORIZATION)
              .check(status().is(200)))
          .pause(THINK_MIN, THINK_MAX)
          .exec(
              http("find workshops")
                  .get("/api/workshops?near=80202&radiusKm=250")
                  .header("Authorization", AUTHORIZATION)
                  .check(status().is(200)))
          .exec(
              http("journey")
                  .get("/api/me/journey")
                  .header("Authorization", AUTHORIZATION)
                  .check(status().is(200)))
          .exec(
              http("forum threads")
                  .get("/api/forum/spaces/community/threads")
                  .header("Authorization", AUTHORIZATION)
                  .check(status().is(200)))
          .exec(
              http("forum search")
                  .get("/api/forum/search?q=lesson")
                  .header("Authorization", AUTHORIZATION)
                  .check(status().is(200)))
          .pause(THINK_MIN, THINK_MAX)
          .exec(
              http("course page")
                  .get("/api/enrollments/#{enrollmentId}")
                  .header("Authorization", AUTHORIZATION)
                  .check(status().is(200)))
          .exec(PageVisits.coursePage(COURSE))
          .exec(outline())
          .exec(TeacherJourneySimulation::nextStep)
          .pause(THINK_MIN, THINK_MAX)
          .exec(
              http("view step")
                  .get(COURSE_PATH + "/steps/#{stepKey}")
                  .header("Authorization", AUTHORIZATION)
                  .check(status().in(200, 409))
                  .checkIf(
                      (response, session) -> response.status().code() == 200 && isQuiz(session))
                  .then(
                      jsonPath("$.questions[*].key").findAll().saveAs("questionKeys"),
                      jsonPath("$.questions[*].choices[0].key").findAll().saveAs("choiceKeys")))
          .exec(PageVisits.stepPage(COURSE))
          .pause(THINK_MIN, THINK_MAX)
          // When the step is sent: LiveStreamsSimulation measures its live event from here.
          .exec(session -> session.set("stepSentAt", System.currentTimeMillis()))
          .doIfOrElse(TeacherJourneySimulation::isQuiz)
          .then(
              exec(
                  http("quiz attempt")
                      .put("/api/enrollments/#{enrollmentId}/steps/#{stepKey}/completion")
                      .header("Authorization", AUTHORIZATION)
                      .body(StringBody(TeacherJourneySimulation::firstChoices))
                      .asJson()
                      .check(status().in(200, 409, 422))))
          .orElse(
              doIfOrElse(TeacherJourneySimulation::isReflection)
                  .then(
                      exec(
                          http("submit reflection")
                              .post(
                                  "/api/enrollments/#{enrollmentId}/reflections/#{stepKey}/submissions")
                              .header("Authorization", AUTHORIZATION)
                              .header("Idempotency-Key", "#{enrollmentId}-#{stepKey}")
                              .body(StringBody(REFLECTION))
                              .asJson()
                              .check(status().in(200, 201, 409))))
                  .orElse(
                      exec(
                          http("complete step")
                              .put("/api/enrollments/#{enrollmentId}/steps/#{stepKey}/completion")
                              .header("Authorization", AUTHORIZATION)
                              .body(StringBody("{}"))
                              .asJson()
                              // 422: a puzzle is completed only by a program that solves it.
                              .check(status().in(200, 409, 422)))))
          .pause(THINK_MIN, THINK_MAX);

  private final ScenarioBuilder teachers =
      scenario("Teachers").exec(SET_UP).exec(during(Duration.ofSeconds(DURATION)).on(VISIT));

  {
    Duration arrivals = Duration.ofMillis(Math.round(USERS / RATE * 1000));
    setUp(teachers.injectOpen(rampUsers(USERS).during(arrivals)))
        .protocols(protocol)
        .maxDuration(arrivals.plusSeconds(DURATION).plusMinutes(3));
  }

  @Override
  public void before() {
    RequestSummary.printAtExit("teacherjourneysimulation-");
  }

  /** The course outline, with its steps in order (key and kind). */
  private static ChainBuilder outline() {
    return exec(
        http("course outline")
            .get(COURSE_PATH)
            .header("Authorization", AUTHORIZATION)
            .check(
                status().is(200),
                jsonPath("$.modules[*].steps[*].key").findAll().saveAs("stepKeys"),
                jsonPath("$.modules[*].steps[*].kind").findAll().saveAs("stepKinds")));
  }

  private static Session nextStep(Session session) {
    List<String> keys = session.getList("stepKeys");
    List<String> kinds = session.getList("stepKinds");
    int index = session.getInt("cursor") % keys.size();
    return session
        .removeAll("questionKeys", "choiceKeys")
        .set("stepKey", keys.get(index))
        .set("stepKind", kinds.get(index))
        .set("cursor", index + 1);
  }

  private static boolean isReflection(Session session) {
    return "REFLECTION".equals(session.getString("stepKind"));
  }

  private static boolean isQuiz(Session session) {
    return "QUIZ".equals(session.getString("stepKind"));
  }

  /** {"answers": {questionKey: [first choice's key], ...}} */
  private static String firstChoices(Session session) {
    List<String> questions =
        session.contains("questionKeys") ? session.getList("questionKeys") : List.of();
    List<String> choices =
        session.contains("choiceKeys") ? session.getList("choiceKeys") : List.of();
    StringBuilder answers = new StringBuilder("{\"answers\":{");
    for (int i = 0; i < questions.size() && i < choices.size(); i++) {
      if (i > 0) {
        answers.append(',');
      }
      answers
          .append(quote(questions.get(i)))
          .append(":[")
          .append(quote(choices.get(i)))
          .append(']');
    }
    return answers.append("}}").toString();
  }

  /** A JSON object of string fields, given as name, value, name, value... */
  private static String json(String... namesAndValues) {
    StringBuilder object = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        object.append(',');
      }
      object.append(quote(namesAndValues[i])).append(':').append(quote(namesAndValues[i + 1]));
    }
    return object.append('}').toString();
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        default -> {
          if (c < 0x20) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private static int positiveInt(String name, int fallback) {
    int value = Integer.parseInt(System.getProperty(name, String.valueOf(fallback)));
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1");
    }
    return value;
  }

  private static double positiveDouble(String name, double fallback) {
    double value = Double.parseDouble(System.getProperty(name, String.valueOf(fallback)));
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be more than 0");
    }
    return value;
  }
}
