package org.pathways.identity.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where sign-in goes next: only a path of this site, else the default page (no open redirect). A
 * path has one leading slash, no second slash or backslash right after it, no backslash anywhere
 * and no control character; the same holds once its percent-escapes are decoded, since browsers and
 * proxies decode or drop such characters (a tab inside {@code /\t/evil} is dropped, leaving {@code
 * //evil}). Starting with a slash, it has no scheme.
 */
public final class NextPage {

  private NextPage() {}

  public static String safe(String next, String fallback) {
    if (next == null || !sitePath(next)) {
      return fallback;
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(next.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
    return sitePath(decoded) ? next : fallback;
  }

  private static boolean sitePath(String path) {
    if (path.length() > 2000 || !path.startsWith("/")) {
      return false;
    }
    if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
        return false;
      }
    }
    return true;
  }
}
