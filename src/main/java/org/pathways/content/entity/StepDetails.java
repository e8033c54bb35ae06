package org.pathways.content.entity;

import java.util.List;
import java.util.Optional;

/** What a step of each kind carries besides its title and body. */
public sealed interface StepDetails
    permits StepDetails.Page,
        StepDetails.Video,
        StepDetails.Quiz,
        StepDetails.Reflection,
        StepDetails.Workshop,
        StepDetails.Forum,
        StepDetails.Resource,
        Puzzle {

  /** A reading: the body is all of it. */
  record Page() implements StepDetails {}

  /** A video with captions; the step's body is the transcript. */
  record Video(String url, String captionsUrl, Integer durationSeconds) implements StepDetails {}

  /** A check for understanding. */
  record Quiz(int passPercent, List<Question> questions) implements StepDetails {
    public Quiz {
      questions = List.copyOf(questions);
    }

    public Optional<Question> question(String key) {
      return questions.stream().filter(question -> question.key().equals(key)).findFirst();
    }
  }

  /** A question; {@code multiple} when more than one choice is correct. */
  record Question(String key, String prompt, boolean multiple, List<Choice> choices) {
    public Question {
      choices = List.copyOf(choices);
    }
  }

  /** A choice, whether it is correct, and the feedback that teaches why. */
  record Choice(String key, String text, boolean correct, String feedback) {}

  /** A reflection prompt. */
  record Reflection(String prompt, int minWords, Visibility defaultVisibility)
      implements StepDetails {}

  /** A card linking to an in-person phase: {@code program}/{@code phase}. */
  record Workshop(String program, int phase) implements StepDetails {}

  /**
   * A card linking to the step's discussion in a forum space ({@code course} or a community key).
   */
  record Forum(String space) implements StepDetails {}

  /** A link to a resource elsewhere. */
  record Resource(String url) implements StepDetails {}
}
