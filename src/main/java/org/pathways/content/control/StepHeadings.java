package org.pathways.content.control;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.pathways.platform.entity.Message;

/**
 * The heading rule of a step body. The step's title is the page's only {@code h1}, and Markdown
 * levels map one to one to HTML ({@code ##} is {@code h2}), so the body's sections start at {@code
 * ##}, never skip a level, and the first of them does not say the title again.
 */
final class StepHeadings {

  /** The level of the step title on the page, which comes before every body heading. */
  private static final int TITLE_LEVEL = 1;

  private final Optional<String> title;
  private final BiConsumer<Node, Message> problem;
  private int previous = TITLE_LEVEL;
  private boolean first = true;

  /**
   * @param title the step's title, when its front matter has one
   * @param problem reports a problem at a node
   */
  StepHeadings(Optional<String> title, BiConsumer<Node, Message> problem) {
    this.title = title.map(StepHeadings::comparable).filter(text -> !text.isEmpty());
    this.problem = problem;
  }

  /** Checks the body's next heading, in document order, against the ones before it. */
  void check(Heading heading) {
    int level = heading.getLevel();
    boolean repeatsTitle = first && title.isPresent() && title.get().equals(comparable(heading));
    first = false;
    if (repeatsTitle) {
      // The fix is to delete the line, so the next heading is measured from the title.
      problem.accept(heading, Message.of("content.problem.heading.repeats_title"));
      return;
    }
    if (level == TITLE_LEVEL) {
      problem.accept(heading, Message.of("content.problem.heading.h1"));
      // Measured as the ## the author is asked to write, so one mistake gives one problem.
      level = TITLE_LEVEL + 1;
    } else if (level > previous + 1) {
      problem.accept(heading, skipped(level, previous));
    }
    previous = level;
  }

  private static Message skipped(int level, int previous) {
    String marks = "#".repeat(level);
    if (previous == TITLE_LEVEL) {
      return Message.of("content.problem.heading.skips_first", marks);
    }
    return Message.of(
        "content.problem.heading.skips", marks, "#".repeat(previous), "#".repeat(previous + 1));
  }

  private static String comparable(Heading heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(Code node) {
            text.append(node.getLiteral());
          }
        });
    return comparable(text.toString());
  }

  /**
   * Without case, punctuation or spaces, so "Algorithms and sequencing, two activities" matches
   * "algorithms and sequencing: two activities" and "Why start unplugged?" matches "Why start
   * unplugged".
   */
  private static String comparable(String text) {
    return text.replaceAll("[\\p{P}\\s]+", "").toLowerCase(Locale.ROOT);
  }
}
