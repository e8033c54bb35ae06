package org.pathways.content.control;

import java.util.function.BiFunction;
import org.pathways.content.entity.Problem;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;

/**
 * A problem in words, as authors read it: {@code file:line:column: sentence}. A part of a sentence
 * given as a {@link Message} argument ("each question") is put in words before the sentence.
 */
public final class ProblemText {

  private ProblemText() {}

  /** {@code file:line:column: sentence}, in English (the log, the authors' command, the API). */
  public static String english(Problem problem) {
    return problem.where() + ": " + english(problem.message());
  }

  /** The sentence in English. */
  public static String english(Message message) {
    return words(message, Texts::english);
  }

  /**
   * The sentence in the words of {@code format}, which fills a bundle key's pattern with arguments
   * (a page formats in the reader's language).
   */
  public static String words(Message message, BiFunction<String, Object[], String> format) {
    Object[] arguments =
        message.arguments().stream()
            .map(argument -> argument instanceof Message part ? words(part, format) : argument)
            .toArray();
    return format.apply(message.key(), arguments);
  }
}
