package org.pathways.content.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathways.content.entity.StepDetails;
import org.pathways.platform.entity.Message;

/**
 * Reads a quiz: every question needs choices, at least one of them correct, and feedback on every
 * choice, since the feedback is where a quiz teaches.
 */
final class QuizReader {

  private static final List<String> QUESTION_KEYS = List.of("key", "prompt", "multiple", "choices");
  private static final List<String> CHOICE_KEYS = List.of("key", "text", "correct", "feedback");

  private static final Message QUESTION = Message.of("content.problem.item.question");
  private static final Message CHOICE = Message.of("content.problem.item.choice");

  private QuizReader() {}

  static Optional<StepDetails> read(YamlMap yaml) {
    Optional<Integer> passPercent = yaml.requiredInteger("passPercent", 1, 100);
    List<StepDetails.Question> questions = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    boolean complete = true;
    for (YamlMap entry : yaml.requiredList("questions", QUESTION)) {
      Optional<StepDetails.Question> question = question(entry, keys);
      question.ifPresent(questions::add);
      complete &= question.isPresent();
    }
    if (passPercent.isEmpty() || questions.isEmpty() || !complete) {
      return Optional.empty();
    }
    return Optional.of(new StepDetails.Quiz(passPercent.get(), questions));
  }

  private static Optional<StepDetails.Question> question(YamlMap entry, Set<String> keys) {
    entry.allowOnly(QUESTION_KEYS);
    Optional<String> key = slug(entry, keys, QUESTION);
    Optional<String> prompt = entry.requiredText("prompt");
    boolean multiple = entry.bool("multiple").orElse(false);
    List<StepDetails.Choice> choices = new ArrayList<>();
    Set<String> choiceKeys = new HashSet<>();
    boolean complete = true;
    List<YamlMap> entries = entry.requiredList("choices", CHOICE);
    for (YamlMap choiceEntry : entries) {
      choiceEntry.allowOnly(CHOICE_KEYS);
      Optional<String> choiceKey = slug(choiceEntry, choiceKeys, CHOICE);
      Optional<String> text = choiceEntry.requiredText("text");
      boolean correct = choiceEntry.bool("correct").orElse(false);
      Optional<String> feedback = choiceEntry.requiredText("feedback");
      if (choiceKey.isPresent() && text.isPresent() && feedback.isPresent()) {
        choices.add(new StepDetails.Choice(choiceKey.get(), text.get(), correct, feedback.get()));
      } else {
        complete = false;
      }
    }
    if (!entries.isEmpty() && entries.size() < 2) {
      entry.problem("choices", "content.problem.quiz.two_choices");
      complete = false;
    }
    long correct = choices.stream().filter(StepDetails.Choice::correct).count();
    if (complete && correct == 0 && !choices.isEmpty()) {
      entry.problem("choices", "content.problem.quiz.none_correct");
      complete = false;
    } else if (complete && correct > 1 && !multiple) {
      entry.problem("choices", "content.problem.quiz.many_correct", String.valueOf(correct));
      complete = false;
    }
    if (key.isEmpty() || prompt.isEmpty() || !complete || choices.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new StepDetails.Question(key.get(), prompt.get(), multiple, choices));
  }

  private static Optional<String> slug(YamlMap entry, Set<String> seen, Message what) {
    Optional<String> key = entry.requiredText("key");
    if (key.isEmpty()) {
      return key;
    }
    if (!Slugs.valid(key.get())) {
      entry.problem("key", "content.problem.quiz.key", what, key.get(), Slugs.rule());
      return Optional.empty();
    }
    if (!seen.add(key.get())) {
      entry.problem("key", "content.problem.quiz.key_taken", what, key.get());
      return Optional.empty();
    }
    return key;
  }
}
