package org.pathways.content.control;

import org.pathways.content.entity.Problem;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;

/**
 * A problem in words, as authors read it: {@code file:line:column: sentence}. A part of a sentence
 * given as a {@link Message} argument ("each question") is put in words before the sentence; a page
 * puts a problem's message in the reader's words with {@code Pages.format}.
 */
public final class ProblemText {

  private ProblemText() {}

  /** {@code file:line:column: sentence}, in English (the log, the authors' command, the API). */
  public static String english(Problem problem) {
    return problem.where() + ": " + english(problem.message());
  }

  /** The sentence in English (a part given as a message is put in words first, by Texts). */
  public static String english(Message message) {
    return Texts.english(message);
  }
}
