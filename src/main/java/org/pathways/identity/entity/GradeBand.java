package org.pathways.identity.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grades a teacher teaches, in the catalog's words: {@code code} is the {@code gradeBand} that
 * programs and courses carry, so a teacher's band finds the courses that fit it.
 */
public enum GradeBand {
  ELEMENTARY("K-5"),
  MIDDLE_SCHOOL("6-8"),
  HIGH_SCHOOL("9-12");

  /** What the API and the sign-up body accept: a code, or nothing. */
  public static final String PATTERN = "^$|^(K-5|6-8|9-12)$";

  private final String code;

  GradeBand(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The band with this code; empty for none or an unknown code. */
  public static Optional<GradeBand> of(String code) {
    return Arrays.stream(values()).filter(band -> band.code.equals(code)).findFirst();
  }
}
