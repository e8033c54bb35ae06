package org.pathways.platform.control;

/**
 * Text a person wrote (posts, titles, reflections, feedback, names), as the platform keeps it:
 * without control characters. They are invisible to the writer but not to the code that reads the
 * text later: the forum's search uses three of them as its highlight markers, PostgreSQL refuses
 * NUL, and a terminal or log obeys escape sequences.
 *
 * <p>Kept: newline and tab. A carriage return becomes a newline (a browser sends a textarea's lines
 * as CR LF, older Macs as CR alone), so a text's lines read the same whichever machine wrote them.
 * Dropped: every other C0 and C1 control character and DEL, and half a surrogate pair (no character
 * at all). Format characters are kept: emoji need the zero-width joiner, Arabic and Hebrew text the
 * direction marks.
 */
public final class UserText {

  private UserText() {}

  /** The text without control characters (null stays null). */
  public static String clean(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '\n' || c == '\t') {
        out.append(c);
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if ((Character.isISOControl(c) && c != '\n' && c != '\t')
          || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
