package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Api;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.TestDatabases;

/** Every call of the Learning and Cohorts tables of the API contract, over the shipped courses. */
@ExtendWith(ArquillianExtension.class)
class LearningIT {

  private static final String ADMIN = "admin@pathways.test";
  private static final String ADMIN_PASSWORD = "a long admin passphrase";
  private static final String K5 = "k5-online-workshop";
  private static final String MS = "ms-phase-1-cs-in-math-science";
  private static final String HS = "hs-phase-1-foundations";
  private static final String FIXTURE = "watching-and-choosing";

  private static EmbeddedDatabase database;

  @ArquillianResource URL base;

  private Api api;

  /** The shipped courses and a small one with a video and an elective module. */
  private static java.nio.file.Path content() throws java.io.IOException {
    java.nio.file.Path root = java.nio.file.Files.createTempDirectory("pathways-learning-");
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("modules"))) {
      for (java.nio.file.Path file : files.toList()) {
        java.nio.file.Path target =
            root.resolve(java.nio.file.Path.of("modules").relativize(file).toString());
        if (java.nio.file.Files.isDirectory(file)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.copy(file, target);
        }
      }
    }
    java.nio.file.Path course = root.resolve(FIXTURE);
    write(
        course.resolve("course.yaml"),
        """
        title: Watching and choosing
        summary: A small course with a video and an elective module.
        audience: Teachers
        gradeBand: K-5
        program: elementary
        phase: 1
        pdHours: 1.5
        enrollment: OPEN
        sequencing: STRICT
        language: en
        """);
    write(course.resolve("assets/clip.en.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n");
    write(
        course.resolve("01-watch/module.yaml"),
        """
        title: Watch
        summary: A video.
        estimatedMinutes: 10
        """);
    write(
        course.resolve("01-watch/01-clip.md"),
        """
        ---
        kind: video
        title: A short clip
        video:
          url: https://media.example.org/clip.mp4
          captions: ../assets/clip.en.vtt
          durationSeconds: 2
        ---
        The transcript: hello.
        """);
    write(
        course.resolve("02-extra/module.yaml"),
        """
        title: Extra
        summary: For the curious.
        estimatedMinutes: 10
        required: false
        """);
    write(
        course.resolve("02-extra/01-more.md"),
        """
        ---
        kind: page
        title: More reading
        ---
        More.
        """);
    write(
        course.resolve("03-after/module.yaml"),
        """
        title: After
        summary: The end.
        estimatedMinutes: 10
        """);
    write(
        course.resolve("03-after/01-last.md"),
        """
        ---
        kind: page
        title: The last reading
        ---
        Done.
        """);
    return root;
  }

  private static void write(java.nio.file.Path file, String text) throws java.io.IOException {
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, text);
  }

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    database = TestDatabases.temporary();
    return Deployments.pathways(
        database.jdbcUrl(),
        Map.of(
            "pathways.content.dir",
            content().toString(),
            "pathways.admin.email",
            ADMIN,
            "pathways.admin.password",
            ADMIN_PASSWORD,
            "pathways.proxy.trusted",
            "true",
            "pathways.public-url",
            "https://pathways.test",
            "pathways.diagnostics.query-count",
            "true"));
  }

  @BeforeEach
  void awaitReady() {
    Http.awaitReady(base);
    api = new Api(base);
  }

  private String enrol(Api.Person teacher, String course) {
    var enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", course), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private Api.Answer complete(Api.Person teacher, String enrollment, String step, String body) {
    return api.call(
        "PUT",
        "/api/enrollments/" + enrollment + "/steps/" + step + "/completion",
        body,
        teacher.token());
  }

  /** Completes a step whatever its kind, the way a teacher would. */
  private void work(Api.Person teacher, String enrollment, Step step) {
    Api.Answer answer = api.completeStep(teacher, enrollment, step);
    assertThat(answer.status()).as(step.key() + ": " + answer.body()).isIn(200, 201);
  }

  private String cohort(String course, String expiresOn, String... facilitators) {
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    var list = jakarta.json.Json.createArrayBuilder();
    for (String facilitator : facilitators) {
      list.add(facilitator);
    }
    var created =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                "Fall cohort",
                "district",
                "Denver Public Schools",
                "course",
                course,
                "facilitators",
                list.build(),
                "expiresOn",
                expiresOn),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.body();
  }

  @Test
  void anOpenCourseEnrolsInOneClickAndEnrollingAgainReturnsTheSameEnrolment() {
    Api.Person teacher = api.signUp("Ada Open");

    var first = api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    var again = api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text("id")).isEqualTo(first.text("id"));
    JsonObject enrollment = first.json();
    assertThat(enrollment.getString("course")).isEqualTo(K5);
    assertThat(enrollment.getInt("percent")).isZero();
    assertThat(enrollment.getString("state")).isEqualTo("IN_PROGRESS");
    Course course = ShippedContent.course(K5);
    assertThat(enrollment.getJsonObject("resume").getString("stepKey"))
        .isEqualTo(course.modules().get(0).steps().get(0).key());
    assertThat(enrollment.getJsonArray("modules").getJsonObject(1).getString("state"))
        .isEqualTo("LOCKED");
    assertThat(enrollment.getJsonArray("modules").getJsonObject(1).getString("lockedBecause"))
        .contains(course.modules().get(0).title());
  }

  @Test
  void guessingCohortCodesIsSlowedDownAfterTenWrongOnes() {
    String code = api_json(cohort(MS, null)).getString("code");
    Api.Person guesser = api.signUp("Gus Guesser");
    for (int i = 0; i < 10; i++) {
      var wrong =
          api.call(
              "POST",
              "/api/enrollments",
              Api.object("course", MS, "code", "ZZZZ-ZZZ" + (char) ('A' + i)),
              guesser.token());
      assertThat(wrong.status()).isEqualTo(403);
    }
    var locked =
        api.call(
            "POST", "/api/enrollments", Api.object("course", MS, "code", code), guesser.token());
    assertThat(locked.status()).isEqualTo(429);
    assertThat(locked.header("Retry-After")).isNotNull();
    assertThat(locked.body()).contains("Too many wrong cohort codes");
    // Another teacher with the right code is not held up.
    Api.Person other = api.signUp("Ora Other");
    assertThat(
            api.call(
                    "POST",
                    "/api/enrollments",
                    Api.object("course", MS, "code", code),
                    other.token())
                .status())
        .isEqualTo(201);
  }

  @Test
  void enrollingNeedsSignInAndAnExistingCourse() {
    assertThat(api.call("POST", "/api/enrollments", Api.object("course", K5), null).status())
        .isEqualTo(401);
    Api.Person teacher = api.signUp("Ada Nowhere");
    var unknown =
        api.call(
            "POST", "/api/enrollments", Api.object("course", "no-such-course"), teacher.token());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("no such course");
    assertThat(api.call("POST", "/api/enrollments", "{not json", teacher.token()).status())
        .isEqualTo(400);
  }

  @Test
  void aCohortCourseNeedsItsCodeAndSaysWhenTheCodeIsWrongOrExpired() {
    Api.Person facilitator = api.signUp("Fran Facilitator");
    String code = api_json(cohort(MS, null, facilitator.email())).getString("code");
    String expired =
        api_json(cohort(MS, java.time.LocalDate.now().minusDays(2).toString())).getString("code");
    Api.Person teacher = api.signUp("Cy Cohort");

    var none = api.call("POST", "/api/enrollments", Api.object("course", MS), teacher.token());
    var wrong =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", MS, "code", "ZZZZ-ZZZZ"),
            teacher.token());
    var old =
        api.call(
            "POST", "/api/enrollments", Api.object("course", MS, "code", expired), teacher.token());
    var typedLoosely = code.toLowerCase().replace("-", " ");
    var right =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", MS, "code", typedLoosely),
            teacher.token());

    assertThat(none.status()).isEqualTo(403);
    assertThat(none.body()).contains("cohort code");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(wrong.body()).contains("not right");
    assertThat(old.status()).isEqualTo(403);
    assertThat(old.body()).contains("expired");
    assertThat(right.status()).as(right.body()).isEqualTo(201);
    assertThat(right.json().getString("cohort")).isNotBlank();
  }

  @Test
  void cohortsAreCreatedByProgramManagersAndReadOnlyByTheirFacilitatorsAndManagers() {
    Api.Person facilitator = api.signUp("Flo Facilitator");
    Api.Person teacher = api.signUp("Tess Teacher");
    JsonObject cohort = api_json(cohort(MS, null, facilitator.email()));
    String id = cohort.getString("id");
    assertThat(cohort.getString("code")).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
    enrolWithCode(teacher, MS, cohort.getString("code"));
    assertThat(api.get("/api/cohorts/" + id, facilitator.token()).status())
        .as("invited, not yet accepted")
        .isEqualTo(404);
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);

    var byTeacher =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object("name", "Mine", "district", "D", "course", MS),
            teacher.token());
    var notAnAddress =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                "X",
                "district",
                "D",
                "course",
                MS,
                "facilitators",
                jakarta.json.Json.createArrayBuilder().add("nobody at school").build()),
            api.token(ADMIN, ADMIN_PASSWORD));
    var missingFields =
        api.call(
            "POST", "/api/cohorts", Api.object("course", MS), api.token(ADMIN, ADMIN_PASSWORD));
    // The facilitator signs in again: their token now carries the FACILITATOR role.
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    var read = api.get("/api/cohorts/" + id, facilitatorToken);

    assertThat(byTeacher.status()).isEqualTo(403);
    assertThat(notAnAddress.status()).isEqualTo(400);
    assertThat(notAnAddress.body()).contains("nobody at school", "not email addresses");
    assertThat(missingFields.status()).isEqualTo(400);
    assertThat(missingFields.body()).contains("\"field\"");
    assertThat(api.get("/api/cohorts/" + id, teacher.token()).status()).isEqualTo(404);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().getJsonArray("teachers").getJsonObject(0).getString("name"))
        .isEqualTo("Tess Teacher");
    assertThat(read.json().getJsonArray("facilitators").getJsonObject(0).getString("email"))
        .isEqualTo(facilitator.email());
  }

  private String enrolWithCode(Api.Person teacher, String course, String code) {
    var enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", course, "code", code),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.text("id");
  }

  private static JsonObject api_json(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }

  @Test
  void completingAStepIsRecordedOnceAndRepeatingItChangesNothing() {
    Api.Person teacher = api.signUp("Rita Repeat");
    String enrollment = enrol(teacher, K5);
    String first = ShippedContent.course(K5).modules().get(0).steps().get(0).key();

    var once = complete(teacher, enrollment, first, "{}");
    var twice = complete(teacher, enrollment, first, "{}");

    assertThat(once.status()).as(once.body()).isEqualTo(200);
    assertThat(twice.status()).isEqualTo(200);
    assertThat(once.json().getString("state")).isEqualTo("COMPLETED");
    assertThat(twice.json().getString("completedAt"))
        .isEqualTo(once.json().getString("completedAt"));
    JsonObject after = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    assertThat(after.getJsonArray("modules").getJsonObject(0).getString("state"))
        .isEqualTo("IN_PROGRESS");
    assertThat(after.getJsonObject("resume").getString("stepKey"))
        .isEqualTo(ShippedContent.course(K5).modules().get(0).steps().get(1).key());
  }

  @Test
  void aStepInALockedModuleIsRefusedNamingTheModuleToCompleteFirst() {
    Api.Person teacher = api.signUp("Lou Locked");
    String enrollment = enrol(teacher, K5);
    Course course = ShippedContent.course(K5);
    String later = course.modules().get(1).steps().get(0).key();

    var completion = complete(teacher, enrollment, later, "{}");
    var view = api.get("/api/courses/" + K5 + "/steps/" + later, teacher.token());

    assertThat(completion.status()).isEqualTo(409);
    assertThat(completion.body()).contains(course.modules().get(0).title());
    assertThat(view.status()).isEqualTo(409);
    assertThat(complete(teacher, enrollment, "no-such-step", "{}").status()).isEqualTo(404);
  }

  @Test
  void aQuizBelowItsPassMarkGetsFeedbackPerQuestionAndMayBeRetried() {
    Api.Person teacher = api.signUp("Quinn Quiz");
    String enrollment = enrol(teacher, K5);
    Step quiz =
        ShippedContent.course(K5).modules().get(0).steps().stream()
            .filter(step -> step.kind() == StepKind.QUIZ)
            .findFirst()
            .orElseThrow();

    var shown = api.get("/api/courses/" + K5 + "/steps/" + quiz.key(), teacher.token());
    var failed = complete(teacher, enrollment, quiz.key(), ShippedContent.wrongAnswers(quiz));
    var empty = complete(teacher, enrollment, quiz.key(), "{}");
    var passed = complete(teacher, enrollment, quiz.key(), ShippedContent.rightAnswers(quiz));

    assertThat(shown.status()).isEqualTo(200);
    assertThat(shown.body())
        .contains("\"questions\"")
        .doesNotContain("\"correct\"", "\"feedback\"");
    assertThat(failed.status()).isEqualTo(422);
    assertThat(failed.header("Content-Type")).startsWith("application/problem+json");
    JsonObject problem = failed.json();
    assertThat(problem.getInt("scorePercent")).isLessThan(problem.getInt("passPercent"));
    assertThat(problem.getJsonArray("questions").getJsonObject(0).getBoolean("correct")).isFalse();
    assertThat(problem.getJsonArray("questions").getJsonObject(0).getJsonArray("feedback"))
        .isNotEmpty();
    assertThat(empty.status()).isEqualTo(422);
    assertThat(passed.status()).as(passed.body()).isEqualTo(200);
    assertThat(passed.json().getJsonObject("quiz").getBoolean("passed")).isTrue();
  }

  @Test
  void failingAQuizForeverKeepsAtMostAHundredAttemptsAndStillAnswersEach() throws Exception {
    Api.Person teacher = api.signUp("Fern Forever");
    String enrollment = enrol(teacher, K5);
    Step quiz =
        ShippedContent.course(K5).modules().get(0).steps().stream()
            .filter(step -> step.kind() == StepKind.QUIZ)
            .findFirst()
            .orElseThrow();

    for (int attempt = 1; attempt <= 105; attempt++) {
      var failed = complete(teacher, enrollment, quiz.key(), ShippedContent.wrongAnswers(quiz));
      assertThat(failed.status()).as("attempt " + attempt + " is still checked").isEqualTo(422);
    }

    try (var sql = database.dataSource().getConnection();
        var count =
            sql.prepareStatement("select count(*) from quiz_attempt where enrollment_id = ?")) {
      count.setObject(1, java.util.UUID.fromString(enrollment));
      try (var rows = count.executeQuery()) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(100);
      }
    }
    assertThat(
            complete(teacher, enrollment, quiz.key(), ShippedContent.rightAnswers(quiz)).status())
        .isEqualTo(200);
  }

  @Test
  void anotherTeachersEnrolmentProgressAndCertificateDoNotExistForMe() {
    Api.Person owner = api.signUp("Olive Owner");
    Api.Person other = api.signUp("Oscar Other");
    String enrollment = enrol(owner, K5);
    String first = ShippedContent.course(K5).modules().get(0).steps().get(0).key();

    assertThat(api.get("/api/enrollments/" + enrollment, other.token()).status()).isEqualTo(404);
    assertThat(complete(other, enrollment, first, "{}").status()).isEqualTo(404);
    assertThat(api.get("/api/enrollments/" + enrollment + "/certificate", other.token()).status())
        .isEqualTo(404);
    assertThat(
            api.get("/api/enrollments/" + enrollment + "/certificate.pdf", other.token()).status())
        .isEqualTo(404);
    assertThat(api.get("/api/enrollments/" + enrollment, null).status()).isEqualTo(401);
    assertThat(api.get("/api/enrollments/not-an-id", owner.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/enrollments", other.token()).array()).isEmpty();
    assertThat(
            api.call(
                    "POST",
                    "/api/enrollments/" + enrollment + "/reflections/anything/submissions",
                    Api.object("text", "mine now"),
                    other.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/courses/" + K5 + "/steps/" + first, other.token()).status())
        .isEqualTo(403);
  }

  @Test
  void completingEveryRequiredStepIssuesACertificateThatAnyoneCanVerify() {
    Api.Person teacher = api.signUp("Cora Complete");
    String enrollment = enrol(teacher, K5);
    Course course = ShippedContent.course(K5);
    assertThat(api.get("/api/enrollments/" + enrollment + "/certificate", teacher.token()).status())
        .isEqualTo(404);

    for (CourseModule module : course.modules()) {
      for (Step step : module.steps()) {
        work(teacher, enrollment, step);
      }
    }

    JsonObject done = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    assertThat(done.getString("state")).isEqualTo("COMPLETED");
    assertThat(done.getInt("percent")).isEqualTo(100);
    var certificate = api.get("/api/enrollments/" + enrollment + "/certificate", teacher.token());
    assertThat(certificate.status()).as(certificate.body()).isEqualTo(200);
    JsonObject issued = certificate.json();
    assertThat(issued.getString("name")).isEqualTo("Cora Complete");
    assertThat(issued.getString("code")).matches("PW(-[A-Z2-9]{4}){3}");
    assertThat(issued.getString("verifyUrl"))
        .startsWith("https://pathways.test/certificates/verify.xhtml?code=");
    assertThat(issued.getJsonNumber("pdHours").doubleValue())
        .isEqualTo(course.pdHours().doubleValue());
    var pdf =
        Http.send(
            java.net.http.HttpRequest.newBuilder(
                    Http.serverRoot(base, "/api/enrollments/" + enrollment + "/certificate.pdf"))
                .header("Authorization", "Bearer " + teacher.token())
                .build());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).startsWith("%PDF-");
    var verified = api.get("/api/certificates/" + issued.getString("code"), null);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.json().getBoolean("valid")).isTrue();
    assertThat(verified.json().getString("name")).isEqualTo("Cora Complete");
    assertThat(api.get("/api/certificates/PW-AAAA-BBBB-CCCC", null).json().getBoolean("valid"))
        .isFalse();
  }

  @Test
  void myLearningListsEveryEnrolmentWithPercentAndWhereToResume() {
    Api.Person teacher = api.signUp("Max Many");
    String k5 = enrol(teacher, K5);
    enrolWithCode(teacher, HS, api_json(cohort(HS, null)).getString("code"));
    complete(teacher, k5, ShippedContent.course(K5).modules().get(0).steps().get(0).key(), "{}");

    var mine = api.get("/api/enrollments", teacher.token());

    assertThat(mine.status()).isEqualTo(200);
    List<String> courses =
        mine.array().getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("course"))
            .toList();
    assertThat(courses).containsExactlyInAnyOrder(K5, HS);
    JsonObject k5View =
        mine.array().getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("course").equals(K5))
            .findFirst()
            .orElseThrow();
    assertThat(k5View.getInt("percent")).isPositive();
    assertThat(k5View.getJsonObject("resume").getString("stepKey")).isNotBlank();
  }

  @Test
  void theCoursePageCostsTheSameQueriesWhateverTheCourseSizeAndProgress() {
    Api.Person teacher = api.signUp("Quentin Queries");
    String k5 = enrol(teacher, K5);
    String hs = enrolWithCode(teacher, HS, api_json(cohort(HS, null)).getString("code"));
    Course course = ShippedContent.course(K5);

    String empty = api.get("/api/enrollments/" + k5, teacher.token()).header("X-Pathways-Queries");
    String otherCourse =
        api.get("/api/enrollments/" + hs, teacher.token()).header("X-Pathways-Queries");
    for (Step step : course.modules().get(0).steps()) {
      work(teacher, k5, step);
    }
    String worked = api.get("/api/enrollments/" + k5, teacher.token()).header("X-Pathways-Queries");
    String step =
        api.get(
                "/api/courses/" + K5 + "/steps/" + course.modules().get(1).steps().get(0).key(),
                teacher.token())
            .header("X-Pathways-Queries");
    String lastStep =
        api.get(
                "/api/courses/" + K5 + "/steps/" + course.modules().get(1).steps().get(2).key(),
                teacher.token())
            .header("X-Pathways-Queries");

    assertThat(empty).isNotNull();
    assertThat(Integer.parseInt(empty)).isBetween(1, 4);
    assertThat(otherCourse).isEqualTo(empty);
    assertThat(worked).isEqualTo(empty);
    assertThat(step).isEqualTo(lastStep);
    assertThat(Integer.parseInt(step)).isBetween(1, 4);
  }

  @Test
  void simultaneousEnrolmentsAndCompletionsFromTwoTabsRecordEachThingOnce() throws Exception {
    Api.Person teacher = api.signUp("Tab Twice");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Api.Answer>> enrolments = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        enrolments.add(
            pool.submit(
                () ->
                    api.call(
                        "POST", "/api/enrollments", Api.object("course", K5), teacher.token())));
      }
      java.util.Set<String> ids = new java.util.HashSet<>();
      for (var answer : enrolments) {
        assertThat(answer.get().status()).as(answer.get().body()).isIn(200, 201);
        ids.add(answer.get().text("id"));
      }
      assertThat(ids).hasSize(1);
      String enrollment = ids.iterator().next();
      Course course = ShippedContent.course(K5);
      List<java.util.concurrent.Future<Api.Answer>> completions = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Step step = course.modules().get(0).steps().get(i % 2);
        completions.add(pool.submit(() -> complete(teacher, enrollment, step.key(), "{}")));
      }
      for (var answer : completions) {
        assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
      }
      JsonObject after = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
      long done =
          after
              .getJsonArray("modules")
              .getJsonObject(0)
              .getJsonArray("steps")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(step -> step.getString("state").equals("COMPLETED"))
              .count();
      assertThat(done).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aVideoCountsWhenMarkedDoneAndAnElectiveModuleNeverBlocksTheNextOne() {
    Api.Person teacher = api.signUp("Vi Video");
    String enrollment = enrol(teacher, FIXTURE);
    JsonObject before = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    assertThat(before.getJsonArray("modules").getJsonObject(2).getString("state"))
        .isEqualTo("LOCKED");
    assertThat(before.getJsonArray("modules").getJsonObject(2).getString("lockedBecause"))
        .contains("Watch")
        .doesNotContain("Extra");

    var video = api.get("/api/courses/" + FIXTURE + "/steps/clip", teacher.token());
    assertThat(video.json().getString("captionsUrl")).endsWith("clip.en.vtt");
    assertThat(video.json().getString("html")).contains("The transcript");
    assertThat(complete(teacher, enrollment, "clip", "{}").status()).isEqualTo(200);

    JsonObject after = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    assertThat(after.getJsonArray("modules").getJsonObject(1).getString("state"))
        .isEqualTo("AVAILABLE");
    assertThat(after.getJsonArray("modules").getJsonObject(2).getString("state"))
        .isEqualTo("AVAILABLE");
    assertThat(after.getInt("percent")).isEqualTo(50);
    var last = complete(teacher, enrollment, "last", "{}");
    assertThat(last.json().getBoolean("courseCompleted"))
        .as("the elective module does not count")
        .isTrue();
  }
}
