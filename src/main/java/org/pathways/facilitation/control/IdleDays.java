package org.pathways.facilitation.control;

import org.pathways.platform.entity.Refusal;

/** The idle days that flag a teacher, as a caller may override the cohort's for one look. */
public final class IdleDays {

  public static final int MIN = 1;
  public static final int MAX = 365;

  private IdleDays() {}

  /** The typed number of days, the cohort's own when none is typed; 400 unless 1 to 365. */
  public static int of(String typed, int cohorts) {
    if (typed == null || typed.isBlank()) {
      return cohorts;
    }
    String text = typed.strip();
    if (text.matches("\\d{1,3}")) {
      int days = Integer.parseInt(text);
      if (days >= MIN && days <= MAX) {
        return days;
      }
    }
    throw Refusal.invalid("inactiveDays", "facilitation.inactive_days.invalid", MIN, MAX);
  }
}
