package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.ShippedContent;

/**
 * Enrolling through the API: open courses, cohort codes and their limits, cohorts and who reads
 * them, what another teacher's enrolment reveals, My learning, and enrolling from two tabs at once.
 */
class LearningEnrolmentIT extends LearningFixtures {

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
}
