package org.pathways.platform.control;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Entity tags of API answers, taken from the very bytes of the answer: a tag changes exactly when
 * what the caller would read changes (a new version of a course, the caller's own progress), is the
 * same on every instance, and two callers whose answers differ never share one. Tags are weak
 * ({@code W/"..."}) because the server may send the same answer compressed or not.
 */
public final class EntityTags {

  private EntityTags() {}

  /** The weak tag of an answer's body: 128 bits of its SHA-256. */
  public static String of(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "W/\""
          + Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(java.util.Arrays.copyOf(digest, 16))
          + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * Whether an {@code If-None-Match} header names {@code tag}, compared weakly as RFC 9110 asks for
   * this header ({@code W/"x"} and {@code "x"} match); {@code *} matches any.
   */
  public static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
      return false;
    }
    String wanted = opaque(tag);
    for (String candidate : ifNoneMatch.split(",")) {
      String trimmed = candidate.strip();
      if (trimmed.equals("*") || opaque(trimmed).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
