package org.pathways.platform.control;

import java.security.SecureRandom;

/**
 * Codes people read aloud or type from paper (certificates, transcripts): a prefix and three groups
 * of four from an alphabet without look-alikes (no I, L, O, U, 0 or 1), about 59 random bits.
 */
public final class ReadableCodes {

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReadableCodes() {}

  /** A new code such as {@code PW-7KQM-X2RT-9HNA}. */
  public static String next(String prefix) {
    StringBuilder code = new StringBuilder(prefix);
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
