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
  /**
   * A video: a clip served from the package, or an embed (see {@link #EMBED}) that the page loads
   * in a frame only when the teacher asks for it.
   */
  record Video(String url, String captionsUrl, Integer durationSeconds) implements StepDetails {

    /** The embed addresses a video may have: YouTube's privacy-enhanced player, or Vimeo's. */
    public static final java.util.regex.Pattern EMBED =
        java.util.regex.Pattern.compile(
            "https://(www\\.youtube-nocookie\\.com/embed/[A-Za-z0-9_-]{6,20}"
                + "|player\\.vimeo\\.com/video/[0-9]{1,12})");

    /** Whether the video plays from another host, in a frame. */
    public boolean embedded() {
      return url.startsWith("https://");
    }

    /** The host an embedded video plays from, as a teacher is told before it loads. */
    public String host() {
      return embedded() ? java.net.URI.create(url).getHost() : "";
    }

    /** The frame's address: captions on (YouTube), no tracking (Vimeo). */
    public String frameUrl() {
      if (!embedded()) {
        return url;
      }
      return url + (url.contains("youtube-nocookie") ? "?cc_load_policy=1&rel=0" : "?dnt=1");
    }
  }

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
