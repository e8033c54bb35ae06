package org.pathways.platform.entity;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short codes people read aloud, copy from a board and type (a cohort's enrolment code, a workshop
 * session's check-in code): letters and digits that cannot be mistaken for one another (no 0/O,
 * 1/I/L, U/V), drawn by a secure random source, compared without case, spaces or dashes.
 */
public final class ReadableCode {

  /** Letters and digits that cannot be mistaken for one another when read aloud or copied. */
  public static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";

  private static final SecureRandom RANDOM = new SecureRandom();

  private ReadableCode() {}

  /** A new code of this many characters from {@link #ALPHABET} (about 4.9 bits each). */
  public static String random(int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** A code as someone typed it, in the form it is stored: no spaces or dashes, upper case. */
  public static String normalize(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /** An eight-character code as people see it: two groups of four; any other as it is. */
  public static String grouped(String code) {
    return code.length() == 8 ? code.substring(0, 4) + "-" + code.substring(4) : code;
  }
}
