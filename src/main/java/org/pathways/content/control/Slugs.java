package org.pathways.content.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathways.platform.entity.Message;

/** The naming rules of packages: slugs, and numbered folder and file names. */
final class Slugs {

  static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_LENGTH = 60;
  private static final Pattern NUMBERED = Pattern.compile("(\\d{1,4})-(.+)");

  private Slugs() {}

  static boolean valid(String slug) {
    return slug.length() <= MAX_LENGTH && SLUG.matcher(slug).matches();
  }

  /** The rule in words, a part of the sentences that refuse a slug. */
  static Message rule() {
    return Message.of("content.problem.slug.rule", String.valueOf(MAX_LENGTH));
  }

  /** The number and slug of a name such as {@code 03-pair-programming}, or null. */
  static Numbered numbered(String name) {
    Matcher matcher = NUMBERED.matcher(name);
    return matcher.matches()
        ? new Numbered(Integer.parseInt(matcher.group(1)), matcher.group(2))
        : null;
  }

  record Numbered(int number, String slug) {}
}
