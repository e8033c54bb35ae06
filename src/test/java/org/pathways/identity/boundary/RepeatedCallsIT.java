package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Rows;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Workshops;

/**
 * A client that repeats a call with the same Idempotency-Key (a browser resending what it queued
 * offline, a retry after a dropped connection) gets the first answer again and nothing is done
 * twice; a key reused for another call, or malformed, is refused in plain words.
 */
class RepeatedCallsIT extends DeployedPlatform {

  private static final String KEY = "Idempotency-Key";

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url", "https://pathways.test",
            "pathways.workshops.reminder-minutes", "0",
            "pathways.forum.digest-minutes", "0",
            "pathways.demo.workshops", "false"));
  }

  private String enrol(Api.Person teacher) {
    Api.Answer enrolled =
        api.call(
            "POST", "/api/enrollments", Api.object("course", ShippedContent.K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private static Step first(StepKind kind) {
    return ShippedContent.course(ShippedContent.K5).modules().stream()
        .flatMap(m -> m.steps().stream())
        .filter(s -> s.kind() == kind)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRepeatedStepCompletionOrDraftGetsTheFirstAnswerAgain() {
    Api.Person teacher = api.signUp("Rita Repeat");
    String enrollment = enrol(teacher);
    Step reading = first(StepKind.PAGE);
    String completion =
        "/api/enrollments/" + enrollment + "/steps/" + reading.key() + "/completion";

    Api.Answer first = api.call("PUT", completion, "{}", teacher.token(), KEY, "done-1");
    assertThat(first.status()).as(first.body()).isIn(200, 201);
    Api.Answer again = api.call("PUT", completion, "{}", teacher.token(), KEY, "done-1");
    assertThat(again.status()).isEqualTo(first.status());
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.header("Idempotent-Replayed")).isNull();

    Step reflection = first(StepKind.REFLECTION);
    String draft = "/api/enrollments/" + enrollment + "/reflections/" + reflection.key() + "/draft";
    String text = Api.object("text", "Written on the bus", "revision", 0);
    Api.Answer saved = api.call("PUT", draft, text, teacher.token(), KEY, "draft-1");
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    Api.Answer resent = api.call("PUT", draft, text, teacher.token(), KEY, "draft-1");
    assertThat(resent.body()).as("the same revision, not a second one").isEqualTo(saved.body());

    Api.Answer reused =
        api.call("PUT", draft, Api.object("text", "Other words"), teacher.token(), KEY, "draft-1");
    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.body()).contains("already used for a different request");

    Api.Answer tooLong = api.call("PUT", completion, "{}", teacher.token(), KEY, "k".repeat(101));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body()).contains("1 to 100");

    Api.Person other = api.signUp("Otis Other");
    String theirs = enrol(other);
    Api.Answer sameKeyOtherCaller =
        api.call(
            "PUT",
            "/api/enrollments/" + theirs + "/steps/" + reading.key() + "/completion",
            "{}",
            other.token(),
            KEY,
            "done-1");
    assertThat(sameKeyOtherCaller.status()).isIn(200, 201);
    assertThat(sameKeyOtherCaller.header("Idempotent-Replayed"))
        .as("a key is the caller's own")
        .isNull();
  }

  @Test
  void aRepeatedForumReplyPostsOnceAndARepeatedRegistrationRegistersOnce() {
    Api.Person teacher = api.signUp("Reggie Repeat");
    Api.Answer started =
        api.call(
            "POST",
            "/api/forum/spaces/community/threads",
            Api.object("title", "Repeats", "body", "Does it post twice?"),
            teacher.token());
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String thread = started.json().getString("id");
    String reply = Api.object("body", "Sent from a train");
    Api.Answer posted =
        api.call(
            "POST", "/api/forum/threads/" + thread + "/posts", reply, teacher.token(), KEY, "r-1");
    Api.Answer repeated =
        api.call(
            "POST", "/api/forum/threads/" + thread + "/posts", reply, teacher.token(), KEY, "r-1");
    assertThat(posted.status()).isEqualTo(201);
    assertThat(repeated.status()).isEqualTo(201);
    assertThat(repeated.json().getString("id")).isEqualTo(posted.json().getString("id"));
    assertThat(
            api.get("/api/forum/threads/" + thread, teacher.token()).json().getJsonArray("posts"))
        .as("the opening post and one reply")
        .hasSize(2);

    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    ZoneId denver = ZoneId.of("America/Denver");
    Instant start = LocalDate.now(denver).plusDays(20).atTime(9, 0).atZone(denver).toInstant();
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                "Repeat day",
                10,
                "sessions",
                Workshops.sessions(start, start.plus(Duration.ofHours(6))),
                "location",
                Workshops.denverHall("Repeat hall")),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String registrations = "/api/workshops/" + created.json().getString("id") + "/registrations";
    Api.Answer registered = api.call("POST", registrations, "", teacher.token(), KEY, "reg-1");
    Api.Answer again = api.call("POST", registrations, "", teacher.token(), KEY, "reg-1");
    Api.Answer withoutKey = api.call("POST", registrations, "", teacher.token());
    assertThat(registered.status()).isEqualTo(201);
    assertThat(again.status()).as("the first answer, replayed").isEqualTo(201);
    assertThat(again.body()).isEqualTo(registered.body());
    assertThat(withoutKey.status()).as("without a key, the call itself says so").isEqualTo(200);
    JsonObject workshop = api.get(registrations.replace("/registrations", ""), admin).json();
    assertThat(workshop.getInt("seatsLeft")).as("one seat of ten taken").isEqualTo(9);
  }

  /**
   * What the offline queue resends: quiz answers (a 422 "not passed" is a first answer like any
   * other: kept and replayed, with no second attempt counted) and a reflection submission.
   */
  @Test
  void aRepeatedQuizAnswerIsGradedOnceAndARepeatedSubmissionSubmitsOnce() {
    Api.Person teacher = api.signUp("Quincy Queue");
    String enrollment = enrol(teacher);
    Step quiz = first(StepKind.QUIZ);
    String completion = "/api/enrollments/" + enrollment + "/steps/" + quiz.key() + "/completion";
    String attempts = "select count(*) from quiz_attempt where enrollment_id = cast(? as uuid)";

    String wrong = ShippedContent.wrongAnswers(quiz);
    Api.Answer failed = api.call("PUT", completion, wrong, teacher.token(), KEY, "quiz-1");
    assertThat(failed.status()).as(failed.body()).isEqualTo(422);
    Api.Answer failedAgain = api.call("PUT", completion, wrong, teacher.token(), KEY, "quiz-1");
    assertThat(failedAgain.status()).isEqualTo(422);
    assertThat(failedAgain.body()).isEqualTo(failed.body());
    assertThat(failedAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(Rows.count(database.dataSource(), attempts, enrollment))
        .as("a replayed 422 is not a second attempt")
        .isEqualTo(1);

    String right = ShippedContent.rightAnswers(quiz);
    Api.Answer passed = api.call("PUT", completion, right, teacher.token(), KEY, "quiz-2");
    assertThat(passed.status()).as(passed.body()).isEqualTo(200);
    Api.Answer passedAgain = api.call("PUT", completion, right, teacher.token(), KEY, "quiz-2");
    assertThat(passedAgain.status()).isEqualTo(200);
    assertThat(passedAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(Rows.count(database.dataSource(), attempts, enrollment)).isEqualTo(2);

    Step reflection = first(StepKind.REFLECTION);
    String submissions =
        "/api/enrollments/" + enrollment + "/reflections/" + reflection.key() + "/submissions";
    String text =
        Api.object(
            "text",
            ("Written offline on the bus and sent when the connection came back. ").repeat(10),
            "visibility",
            "PRIVATE");
    Api.Answer submitted = api.call("POST", submissions, text, teacher.token(), KEY, "sub-1");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    Api.Answer resubmitted = api.call("POST", submissions, text, teacher.token(), KEY, "sub-1");
    assertThat(resubmitted.status()).as("its own rule: 200 with the first").isEqualTo(200);
    assertThat(resubmitted.json().getString("id")).isEqualTo(submitted.json().getString("id"));
    assertThat(
            Rows.count(
                database.dataSource(),
                "select count(*) from reflection_submission where enrollment_id = cast(? as uuid)",
                enrollment))
        .isEqualTo(1);
  }
}
