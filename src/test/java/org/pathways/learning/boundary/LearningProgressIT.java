package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;

/**
 * Progress through a course by the API: completing steps once, locked modules, quizzes and their
 * attempts, videos and elective modules, certificates anyone can verify, and the course page's
 * query count.
 */
class LearningProgressIT extends LearningFixtures {

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
        Http.bytes(
            java.net.http.HttpRequest.newBuilder(
                    Http.serverRoot(base, "/api/enrollments/" + enrollment + "/certificate.pdf"))
                .header("Authorization", "Bearer " + teacher.token())
                .build());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    org.pathways.testing.PdfUa.assertTagged("the downloaded course certificate", pdf.body());
    var verified = api.get("/api/certificates/" + issued.getString("code"), null);
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.json().getBoolean("valid")).isTrue();
    assertThat(verified.json().getString("name")).isEqualTo("Cora Complete");
    assertThat(api.get("/api/certificates/PW-AAAA-BBBB-CCCC", null).json().getBoolean("valid"))
        .isFalse();
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
    // The step view reads the enrolment once after a write, then answers from memory.
    assertThat(Integer.parseInt(step)).isBetween(0, 4);
    assertThat(lastStep).isEqualTo("0");
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
