package org.pathways.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.learning.control.ChoiceOrder;
import org.pathways.learning.entity.Learner;

/**
 * The order of a quiz's choices on the step page ({@link ChoiceOrder}), from the attempts kept so
 * far: read once per request (one query, on quiz pages only), and read again once the request
 * graded an attempt, so the page after an attempt shows the next attempt's order. Past the number
 * of attempts kept ({@code pathways.limits.quiz-attempts}) the order stays as it is.
 */
@RequestScoped
public class QuizChoices {

  @Inject StepCompletions completions;

  private Long attempts;

  List<StepDetails.Choice> of(Learner learner, Step step, StepDetails.Question question) {
    if (attempts == null) {
      attempts = completions.attemptsKept(learner, step.key());
    }
    return ChoiceOrder.of(
        question.choices(),
        new ChoiceOrder.Seed(learner.enrollment().getId(), step.key(), question.key()),
        attempts);
  }

  /** An attempt was graded (and perhaps kept): the next order follows from the new count. */
  void attempted() {
    attempts = null;
  }
}
