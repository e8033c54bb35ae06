package org.pathways.learning.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepDetails.Choice;
import org.pathways.content.entity.StepDetails.Question;

class QuizResultTest {

  private static final StepDetails.Quiz QUIZ =
      new StepDetails.Quiz(
          50,
          List.of(
              new Question(
                  "q1",
                  "One?",
                  false,
                  List.of(
                      new Choice("a", "A", true, "Yes, A."),
                      new Choice("b", "B", false, "Not B."))),
              new Question(
                  "q2",
                  "Two?",
                  true,
                  List.of(
                      new Choice("x", "X", true, "X is right."),
                      new Choice("y", "Y", true, "Y is right."),
                      new Choice("z", "Z", false, "Z is not.")))));

  @Test
  void aQuestionIsRightOnlyWhenExactlyItsCorrectChoicesAreChosen() {
    QuizResult result = QuizResult.grade(QUIZ, Map.of("q1", List.of("a"), "q2", List.of("x")));

    assertThat(result.answer("q1").correct()).isTrue();
    assertThat(result.answer("q2").correct()).isFalse();
    assertThat(result.scorePercent()).isEqualTo(50);
    assertThat(result.passed()).isTrue();
  }

  @Test
  void feedbackIsGivenForEveryChoiceMadeAndNeverRevealsTheOthers() {
    QuizResult result = QuizResult.grade(QUIZ, Map.of("q2", List.of("x", "z")));

    assertThat(result.answer("q2").feedback())
        .extracting(QuizResult.Feedback::text)
        .containsExactly("X is right.", "Z is not.");
    assertThat(result.answer("q1").answered()).isFalse();
    assertThat(result.answer("q1").feedback()).isEmpty();
    assertThat(result.passed()).isFalse();
  }

  @Test
  void unknownQuestionsAndChoicesAreNamed() {
    assertThat(QuizResult.unknownKeys(QUIZ, Map.of("q9", List.of("a"), "q1", List.of("c"))))
        .containsExactlyInAnyOrder("q9", "q1.c");
  }
}
