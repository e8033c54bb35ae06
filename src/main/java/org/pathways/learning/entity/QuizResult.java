package org.pathways.learning.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathways.content.entity.StepDetails;

/**
 * A graded quiz attempt: per question whether it was right and the feedback of each choice made,
 * the score, and whether it reached the pass mark. Correct answers are never revealed beyond the
 * feedback of the choices the teacher made.
 */
public record QuizResult(
    int scorePercent, int passPercent, boolean passed, List<Answer> questions) {

  /** One question's outcome. */
  public record Answer(String key, boolean answered, boolean correct, List<Feedback> feedback) {}

  /** The feedback of one choice the teacher made. */
  public record Feedback(String choice, String text) {}

  /**
   * Grades the answers (question key to chosen choice keys). A question is right when exactly its
   * correct choices are chosen. Unknown keys are reported by {@link #unknownKeys}.
   */
  public static QuizResult grade(
      StepDetails.Quiz quiz, Map<String, ? extends Collection<String>> answers) {
    List<Answer> results = new ArrayList<>();
    int right = 0;
    for (StepDetails.Question question : quiz.questions()) {
      Collection<String> given = answers.get(question.key());
      Set<String> chosen = new LinkedHashSet<>(given == null ? List.of() : given);
      Set<String> correct = new HashSet<>();
      List<Feedback> feedback = new ArrayList<>();
      for (StepDetails.Choice choice : question.choices()) {
        if (choice.correct()) {
          correct.add(choice.key());
        }
        if (chosen.contains(choice.key())) {
          feedback.add(new Feedback(choice.key(), choice.feedback()));
        }
      }
      boolean isRight = !chosen.isEmpty() && chosen.equals(correct);
      if (isRight) {
        right++;
      }
      results.add(new Answer(question.key(), !chosen.isEmpty(), isRight, List.copyOf(feedback)));
    }
    int total = quiz.questions().size();
    int score = total == 0 ? 100 : right * 100 / total;
    return new QuizResult(
        score, quiz.passPercent(), score >= quiz.passPercent(), List.copyOf(results));
  }

  /**
   * Question or choice keys in the answers that the quiz does not have, as "question" or
   * "question.choice".
   */
  public static List<String> unknownKeys(
      StepDetails.Quiz quiz, Map<String, ? extends Collection<String>> answers) {
    List<String> unknown = new ArrayList<>();
    answers.forEach(
        (questionKey, choices) ->
            quiz.question(questionKey)
                .ifPresentOrElse(
                    question -> {
                      if (choices != null) {
                        for (String choice : choices) {
                          if (question.choices().stream().noneMatch(c -> c.key().equals(choice))) {
                            unknown.add(questionKey + "." + choice);
                          }
                        }
                      }
                    },
                    () -> unknown.add(questionKey)));
    return unknown;
  }

  public Answer answer(String questionKey) {
    return questions.stream().filter(a -> a.key().equals(questionKey)).findFirst().orElse(null);
  }
}
