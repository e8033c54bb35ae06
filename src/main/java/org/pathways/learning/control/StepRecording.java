package org.pathways.learning.control;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.QuizResult;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/**
 * Whether a step may be recorded as done from what the teacher sent: not in a locked module; a quiz
 * needs answers to known questions and choices (unless it is already done, when recording it again
 * changes nothing); a reflection counts only once submitted, through the reflections feature.
 */
public final class StepRecording {

  private StepRecording() {}

  /**
   * Whether recording the step needs nothing but its insert (no answers to grade, nothing earned
   * elsewhere first): then the completion is one upsert ({@code StepCompletions}).
   */
  public static boolean decidedByInsert(Step step) {
    return step.kind() != StepKind.QUIZ
        && step.kind() != StepKind.PUZZLE
        && step.kind() != StepKind.REFLECTION;
  }

  /** Refuses a step of a module that is still locked (409). */
  public static void requireOpen(CourseProgress progress, Step step) {
    CourseProgress.ModuleProgress module = progress.moduleOf(step.key()).orElseThrow();
    if (module.locked()) {
      throw locked(module);
    }
  }

  /** Plain words for why a module is locked (English, for the API). */
  public static String lockedText(CourseProgress.ModuleProgress module) {
    return Texts.english("learning.locked", module.module().title(), module.blockedBy().title());
  }

  /** The refusal for a step of a locked module, in plain words. */
  public static Refusal locked(CourseProgress.ModuleProgress module) {
    return Refusal.of(
        Refusal.Kind.CONFLICT,
        "learning.locked",
        module.module().title(),
        module.blockedBy().title());
  }

  /**
   * Grades a quiz's answers, or returns null when there is nothing to grade (a step of another
   * kind, or a quiz already done sent without answers); refuses what cannot be recorded.
   */
  public static QuizResult check(
      Step step, boolean alreadyDone, Map<String, ? extends Collection<String>> answers) {
    if (step.kind() == StepKind.QUIZ) {
      StepDetails.Quiz questions = step.details(StepDetails.Quiz.class);
      if (answers == null || answers.isEmpty()) {
        if (!alreadyDone) {
          throw Refusal.of(Refusal.Kind.UNPROCESSABLE, "learning.quiz.unanswered");
        }
        return null;
      }
      List<String> unknown = QuizResult.unknownKeys(questions, answers);
      if (!unknown.isEmpty()) {
        throw Refusal.invalid(
            "answers", "learning.quiz.unknown_answers", String.join(", ", unknown));
      }
      return QuizResult.grade(questions, answers);
    }
    if (step.kind() == StepKind.PUZZLE && !alreadyDone) {
      throw Refusal.of(Refusal.Kind.UNPROCESSABLE, "learning.puzzle.solve_first");
    }
    if (step.kind() == StepKind.REFLECTION && !alreadyDone) {
      throw Refusal.of(Refusal.Kind.UNPROCESSABLE, "learning.reflection.submit_first");
    }
    return null;
  }

  /** The answers as one line for the attempt's record: {@code q1=a|b;q2=c}, sorted. */
  public static String answersText(Map<String, ? extends Collection<String>> answers) {
    return answers.entrySet().stream()
        .map(
            e ->
                e.getKey()
                    + "="
                    + String.join("|", e.getValue() == null ? List.of() : e.getValue()))
        .sorted()
        .collect(Collectors.joining(";"));
  }
}
