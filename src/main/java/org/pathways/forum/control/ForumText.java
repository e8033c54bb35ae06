package org.pathways.forum.control;

import java.util.List;
import org.pathways.platform.control.UserText;
import org.pathways.platform.entity.Refusal;

/**
 * What makes a valid thread title and post body, and how a post is quoted. Text is cleaned of
 * control characters first; a title's runs of white space become one space.
 */
public final class ForumText {

  public static final int MAX_TITLE = 200;
  public static final int MAX_BODY = 20_000;

  /** How many lines of a quoted post the quote keeps. */
  static final int QUOTED_LINES = 40;

  private ForumText() {}

  /** The cleaned title, or a refusal saying what is wrong with it. */
  public static String title(String title) {
    String clean = title == null ? "" : UserText.clean(title).strip().replaceAll("\\s+", " ");
    if (clean.isEmpty()) {
      throw Refusal.invalid("title", "forum.title.required");
    }
    if (clean.length() > MAX_TITLE) {
      throw Refusal.invalid("title", "forum.title.tooLong");
    }
    return clean;
  }

  /** The cleaned body of a post, or a refusal saying what is wrong with it. */
  public static String body(String body) {
    String text = body == null ? "" : UserText.clean(body).strip();
    if (text.isEmpty()) {
      throw Refusal.invalid("body", "forum.body.required");
    }
    if (text.length() > MAX_BODY) {
      // The API's detail has always shown the length without a thousands separator.
      String plain = String.valueOf(text.length());
      throw Refusal.of(Refusal.Kind.INVALID, "forum.body.tooLong", text.length())
          .withDetail("forum.body.tooLong", plain)
          .withErrors(List.of(Refusal.FieldError.of("body", "forum.body.tooLong", plain)));
    }
    return text;
  }

  /** The text the editor previews (it may be empty), or a refusal when it is too long. */
  public static String preview(String body) {
    String text = body == null ? "" : UserText.clean(body);
    if (text.length() > MAX_BODY) {
      throw Refusal.invalid("body", "forum.preview.tooLong");
    }
    return text;
  }

  /** A step's title as a thread title: cut at the longest a title may be. */
  public static String stepTitle(String title) {
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
  }

  /** Markdown quoting another post: its lines behind "> ", after who wrote it. */
  public static String quote(String name, String body) {
    String safeName = name.replaceAll("[\\\\`*_\\[\\]<>#|]", "");
    StringBuilder quoted = new StringBuilder("> **").append(safeName).append("** wrote:\n>\n");
    body.lines().limit(QUOTED_LINES).forEach(line -> quoted.append("> ").append(line).append('\n'));
    return quoted.toString().stripTrailing();
  }
}
