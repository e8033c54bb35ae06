package org.pathways.xapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.learning.entity.QuizFailed;
import org.pathways.learning.entity.QuizResult;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.testing.ShippedContent;
import org.pathways.workshop.entity.WorkshopAttended;
import org.pathways.workshop.entity.WorkshopRegistered;
import org.pathways.xapi.entity.Draft;

class StatementsTest {

  static final Course COURSE = ShippedContent.course(ShippedContent.K5);
  static final UUID ENROLLMENT = UUID.fromString("11111111-1111-4111-8111-111111111111");
  static final UUID ACCOUNT = UUID.fromString("22222222-2222-4222-8222-222222222222");
  static final Instant AT = Instant.parse("2026-12-01T10:15:30Z");
  static final String HOME = "https://pathways.example.org";

  static final Addresses ADDRESSES =
      new Addresses() {
        @Override
        public String course(String slug) {
          return HOME + "/learning/course.xhtml?slug=" + slug;
        }

        @Override
        public String module(String course, String module) {
          return course(course) + "#module-" + module;
        }

        @Override
        public String step(String course, String step) {
          return HOME + "/learning/step.xhtml?course=" + course + "&step=" + step;
        }

        @Override
        public String workshop(UUID workshop) {
          return HOME + "/workshops/workshop.xhtml?id=" + workshop;
        }
      };

  static Step first(StepKind kind) {
    return COURSE.modules().stream()
        .flatMap(m -> m.steps().stream())
        .filter(s -> s.kind() == kind)
        .findFirst()
        .orElseThrow();
  }

  static StepCompleted completed(Step step, QuizResult quiz, CourseModule module, boolean course) {
    return new StepCompleted(ENROLLMENT, ACCOUNT, COURSE, step, AT, quiz, module, course, null);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> json(Draft draft) throws ParseException {
    return JSONObjectUtils.parse(draft.body());
  }

  @SuppressWarnings("unchecked")
  static String verb(Draft draft) throws ParseException {
    return (String) ((Map<String, Object>) json(draft).get("verb")).get("id");
  }

  @Test
  void aPageStepIsExperiencedWithItsModuleAsParentAndTheCourseAsGrouping() throws Exception {
    Step page = first(StepKind.PAGE);
    List<Draft> drafts = Statements.of(completed(page, null, null, false), ADDRESSES);

    assertThat(drafts).hasSize(1);
    Map<String, Object> statement = json(drafts.get(0));
    assertThat(verb(drafts.get(0))).isEqualTo("http://adlnet.gov/expapi/verbs/experienced");
    assertThat(statement.get("id")).isEqualTo(drafts.get(0).id().toString());
    assertThat(statement.get("timestamp")).isEqualTo("2026-12-01T10:15:30Z");
    assertThat(statement).doesNotContainKeys("actor", "result");
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) statement.get("object");
    assertThat(object.get("id"))
        .isEqualTo(HOME + "/learning/step.xhtml?course=" + COURSE.slug() + "&step=" + page.key());
    assertThat(drafts.get(0).body())
        .contains("\"type\":\"http://adlnet.gov/expapi/activities/lesson\"")
        .contains("\"platform\":\"Pathways\"")
        .contains("\"parent\":[")
        .contains("\"grouping\":[")
        .contains("http://adlnet.gov/expapi/activities/module")
        .contains("http://adlnet.gov/expapi/activities/course");
    assertThat(drafts.get(0).account()).isEqualTo(ACCOUNT);
  }

  @Test
  void aPassedQuizIsPassedWithItsScore() throws Exception {
    Step quiz = first(StepKind.QUIZ);
    Draft draft =
        Statements.of(
                completed(quiz, new QuizResult(80, 70, true, List.of()), null, false), ADDRESSES)
            .get(0);

    assertThat(verb(draft)).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
    assertThat(draft.body())
        .contains("\"scaled\":0.8")
        .contains("\"raw\":80")
        .contains("\"success\":true")
        .contains("http://adlnet.gov/expapi/activities/assessment");
  }

  @Test
  void aFailedAttemptIsFailedWithItsScoreAndEachAttemptIsItsOwnStatement() throws Exception {
    Step quiz = first(StepKind.QUIZ);
    QuizResult low = new QuizResult(40, 70, false, List.of());
    Draft first =
        Statements.of(new QuizFailed(ENROLLMENT, ACCOUNT, COURSE, quiz, 1, low, AT), ADDRESSES);
    Draft second =
        Statements.of(new QuizFailed(ENROLLMENT, ACCOUNT, COURSE, quiz, 2, low, AT), ADDRESSES);

    assertThat(verb(first)).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
    assertThat(first.body()).contains("\"success\":false").contains("\"raw\":40");
    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void aReflectionIsAnsweredAndCarriesNoResultSoNeverItsText() throws Exception {
    Step reflection = first(StepKind.REFLECTION);
    Draft draft = Statements.of(completed(reflection, null, null, false), ADDRESSES).get(0);

    assertThat(verb(draft)).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
    assertThat(json(draft)).doesNotContainKey("result");
    assertThat(draft.body()).doesNotContain("response");
  }

  @Test
  void theStepThatCompletesTheModuleAndTheCourseAlsoStatesBoth() throws Exception {
    CourseModule last = COURSE.modules().get(COURSE.modules().size() - 1);
    Step step = last.steps().get(last.steps().size() - 1);
    List<Draft> drafts = Statements.of(completed(step, null, last, true), ADDRESSES);

    assertThat(drafts).hasSize(3);
    assertThat(verb(drafts.get(1))).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
    assertThat(drafts.get(1).body())
        .contains(
            "\"id\":\""
                + HOME
                + "/learning/course.xhtml?slug="
                + COURSE.slug()
                + "#module-"
                + last.key()
                + "\"");
    assertThat(verb(drafts.get(2))).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
    assertThat(drafts.get(2).eventKey()).isEqualTo("course-completed:" + ENROLLMENT);
    assertThat(drafts.stream().map(Draft::id).distinct()).hasSize(3);
  }

  @Test
  void workshopsAreRegisteredAndAttendedOncePerSession() throws Exception {
    UUID workshop = UUID.randomUUID();
    Draft registered =
        Statements.of(new WorkshopRegistered(workshop, "CS Fundamentals", ACCOUNT, AT), ADDRESSES);
    Instant starts = Instant.parse("2026-12-10T16:00:00Z");
    Draft day1 =
        Statements.of(
            new WorkshopAttended(
                workshop, "CS Fundamentals", UUID.randomUUID(), starts, ACCOUNT, AT),
            ADDRESSES);
    Draft day2 =
        Statements.of(
            new WorkshopAttended(
                workshop, "CS Fundamentals", UUID.randomUUID(), starts, ACCOUNT, AT),
            ADDRESSES);

    assertThat(verb(registered)).isEqualTo("http://adlnet.gov/expapi/verbs/registered");
    assertThat(verb(day1)).isEqualTo("http://adlnet.gov/expapi/verbs/attended");
    assertThat(day1.body())
        .contains("http://adlnet.gov/expapi/activities/meeting")
        .contains("\"timestamp\":\"2026-12-10T16:00:00Z\"")
        .contains("CS Fundamentals");
    assertThat(day1.id()).isNotEqualTo(day2.id());
  }

  @Test
  void theSameEventHasTheSameIdAndContentAndAnotherEventAnotherId() {
    Step page = first(StepKind.PAGE);
    Draft once = Statements.of(completed(page, null, null, false), ADDRESSES).get(0);
    Draft again = Statements.of(completed(page, null, null, false), ADDRESSES).get(0);
    Step other = COURSE.modules().get(1).steps().get(0);
    Draft another = Statements.of(completed(other, null, null, false), ADDRESSES).get(0);

    assertThat(again.id()).isEqualTo(once.id());
    assertThat(again.body()).isEqualTo(once.body());
    assertThat(another.id()).isNotEqualTo(once.id());
    assertThat(once.id().version()).isEqualTo(5);
    assertThat(once.id().variant()).isEqualTo(2);
  }

  @Test
  void theActorIsTheAccountOnTheHomePageWithoutAnEmailByDefault() throws Exception {
    Step page = first(StepKind.PAGE);
    Draft draft = Statements.of(completed(page, null, null, false), ADDRESSES).get(0);

    String statement = Statements.withActor(draft.body(), Statements.actor(HOME, ACCOUNT, null));
    Map<String, Object> parsed = JSONObjectUtils.parse(statement);
    assertThat(parsed.get("actor"))
        .isEqualTo(
            Map.of(
                "objectType",
                "Agent",
                "account",
                Map.of("homePage", HOME, "name", ACCOUNT.toString())));
    assertThat(statement).doesNotContain("mbox");
    assertThat(parsed.get("id")).isEqualTo(draft.id().toString());
  }

  @Test
  void anOperatorMayNameTheActorByEmailInsteadOfTheAccount() throws Exception {
    Map<String, Object> actor = Statements.actor(HOME, ACCOUNT, "ana@school.example");

    assertThat(actor)
        .containsEntry("mbox", "mailto:ana@school.example")
        .doesNotContainKey("account");
  }

  @Test
  void idsAreNameBasedUuidsOfTheEventKey() {
    assertThat(StatementIds.of("step-completed:a:b"))
        .isEqualTo(StatementIds.of("step-completed:a:b"));
    assertThat(StatementIds.of("step-completed:a:b"))
        .isNotEqualTo(StatementIds.of("step-completed:a:c"));
  }
}
