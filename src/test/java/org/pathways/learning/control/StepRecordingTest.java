package org.pathways.learning.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pathways.learning.entity.Courses.course;
import static org.pathways.learning.entity.Courses.module;
import static org.pathways.learning.entity.Courses.step;
import static org.pathways.testing.Refusals.english;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Sequencing;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepDetails.Choice;
import org.pathways.content.entity.StepDetails.Question;
import org.pathways.content.entity.StepKind;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.platform.entity.Refusal;

class StepRecordingTest {

  private static final Step QUIZ =
      new Step(
          "check",
          StepKind.QUIZ,
          "Check",
          true,
          5,
          "",
          "",
          new StepDetails.Quiz(
              100,
              List.of(
                  new Question(
                      "q1",
                      "One?",
                      false,
                      List.of(
                          new Choice("a", "A", true, "Yes."),
                          new Choice("b", "B", false, "No."))))),
          "check");

  @Test
  void aQuizWithoutAnswersIsRefusedUntilItIsDone() {
    assertThatThrownBy(() -> StepRecording.check(QUIZ, false, Map.of()))
        .isInstanceOf(Refusal.class)
        .satisfies(
            e -> assertThat(english(e)).isEqualTo("Answer the questions to complete this quiz."))
        .extracting(e -> ((Refusal) e).kind())
        .isEqualTo(Refusal.Kind.UNPROCESSABLE);
    assertThat(StepRecording.check(QUIZ, true, Map.of())).isNull();
  }

  @Test
  void unknownQuestionsOrChoicesAreNamedInTheRefusal() {
    assertThatThrownBy(() -> StepRecording.check(QUIZ, false, Map.of("q1", List.of("z"))))
        .isInstanceOf(Refusal.class)
        .satisfies(
            e -> assertThat(english(e)).isEqualTo("This quiz has no question or choice q1.z."));
  }

  @Test
  void answersAreGraded() {
    assertThat(StepRecording.check(QUIZ, false, Map.of("q1", List.of("a"))).passed()).isTrue();
    assertThat(StepRecording.check(QUIZ, false, Map.of("q1", List.of("b"))).passed()).isFalse();
  }

  @Test
  void aPageNeedsNothingToBeRecorded() {
    assertThat(StepRecording.check(step("a"), false, null)).isNull();
  }

  @Test
  void aStepOfALockedModuleIsRefusedNamingBothModules() {
    CourseProgress progress =
        CourseProgress.of(
            course(Sequencing.STRICT, module("m1", true, step("a")), module("m2", true, step("b"))),
            Map.of(),
            null,
            null);

    assertThatThrownBy(() -> StepRecording.requireOpen(progress, step("b")))
        .isInstanceOf(Refusal.class)
        .satisfies(
            e ->
                assertThat(english(e))
                    .isEqualTo(
                        "The module \"Module m2\" opens when you complete the module \"Module m1\"."));
  }

  @Test
  void answersAreKeptAsOneSortedLine() {
    assertThat(StepRecording.answersText(Map.of("q2", List.of("x", "y"), "q1", List.of("a"))))
        .isEqualTo("q1=a;q2=x|y");
  }

  @Test
  void onlyStepsWithNothingToGradeOrEarnAreDecidedByTheirInsert() {
    assertThat(StepRecording.decidedByInsert(step("read"))).isTrue();
    assertThat(StepRecording.decidedByInsert(QUIZ)).isFalse();
  }
}
