package org.pathways.forum.control;

import org.owasp.encoder.Encode;

/**
 * A search hit's snippet as safe HTML. PostgreSQL's headline marks the matches with control
 * characters (which input never keeps): the text between them is HTML-escaped, so {@code <mark>}
 * around the matches is the only markup that reaches the page.
 */
public final class SearchSnippet {

  /** Where a match starts, where it ends, and between two fragments. */
  public static final char START = '\u0002';

  public static final char STOP = '\u0003';
  public static final char FRAGMENTS = '\u0004';

  private SearchSnippet() {}

  /** Escapes the headline, then turns the markers into {@code <mark>} and "…". */
  public static String html(String headline) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int i = 0; i < headline.length(); i++) {
      String marker = marker(headline.charAt(i));
      if (marker != null) {
        out.append(Encode.forHtml(headline.substring(from, i))).append(marker);
        from = i + 1;
      }
    }
    return out.append(Encode.forHtml(headline.substring(from))).toString();
  }

  private static String marker(char c) {
    return switch (c) {
      case START -> "<mark>";
      case STOP -> "</mark>";
      case FRAGMENTS -> " … ";
      default -> null;
    };
  }
}
