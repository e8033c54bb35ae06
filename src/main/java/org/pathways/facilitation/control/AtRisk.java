package org.pathways.facilitation.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.pathways.platform.entity.Message;

/**
 * Whether a teacher of a cohort needs a facilitator's attention, and why, in words.
 *
 * <ul>
 *   <li>A teacher who completed the course, or has no required step left, is never at risk.
 *   <li>Idle: no activity for the cohort's idle days N or more (whole days of 24 hours); a teacher
 *       with no activity yet is judged from their enrolment, so one enrolled yesterday is not.
 *   <li>Target date (inclusive): passed with required steps left, or the steps left do not fit
 *       before it at the teacher's pace: the required steps completed over the last 14 days, or
 *       over the days since enrolment when that is shorter (at least one day). A teacher with no
 *       activity yet is given the same N days before their pace is judged. Without a target date
 *       only idleness counts.
 *   <li>Both reasons may hold: the date's reason comes first, then idleness, in one sentence.
 * </ul>
 */
public final class AtRisk {

  /** The days over which a teacher's pace is measured. */
  public static final int PACE_DAYS = 14;

  private AtRisk() {}

  /**
   * Where a teacher stands: when they enrolled, their last activity (null: none yet), when they
   * completed the course (null: not yet), the required steps left, and the required steps they
   * completed in the last {@link #PACE_DAYS} days.
   */
  public record Standing(
      Instant enrolledAt,
      Instant lastActivityAt,
      Instant completedAt,
      int requiredLeft,
      int requiredDoneRecently) {}

  /** Not at risk (no reasons), or at risk for these reasons. */
  public record Verdict(List<Message> reasons) {

    public static final Verdict ON_TRACK = new Verdict(List.of());

    public Verdict {
      reasons = List.copyOf(reasons);
    }

    public boolean atRisk() {
      return !reasons.isEmpty();
    }

    /** Why, as one sentence; null when not at risk. */
    public Message because() {
      return switch (reasons.size()) {
        case 0 -> null;
        case 1 -> reasons.get(0);
        default -> Message.of("facilitation.at_risk.both", reasons.get(0), reasons.get(1));
      };
    }
  }

  /**
   * Judges a teacher.
   *
   * @param now this instant
   * @param today the date today, where the cohort's target date is read
   * @param idleDays the cohort's idle days N (at least 1)
   * @param target the cohort's target date, or null
   */
  public static Verdict judge(
      Instant now, LocalDate today, int idleDays, LocalDate target, Standing teacher) {
    if (teacher.completedAt() != null || teacher.requiredLeft() <= 0) {
      return Verdict.ON_TRACK;
    }
    long enrolledDays = days(teacher.enrolledAt(), now);
    boolean started = teacher.lastActivityAt() != null;
    List<Message> reasons = new ArrayList<>();
    if (target != null) {
      if (target.isBefore(today)) {
        reasons.add(
            Message.of("facilitation.at_risk.target_passed", target, teacher.requiredLeft()));
      } else if (started || enrolledDays >= idleDays) {
        long window = Math.min(PACE_DAYS, Math.max(1, enrolledDays));
        long daysLeft = ChronoUnit.DAYS.between(today, target) + 1;
        // Fits when left / window-pace <= days left, i.e. left * window <= done * days left.
        if ((long) teacher.requiredLeft() * window
            > (long) teacher.requiredDoneRecently() * daysLeft) {
          reasons.add(
              window == PACE_DAYS
                  ? Message.of(
                      "facilitation.at_risk.pace",
                      teacher.requiredDoneRecently(),
                      teacher.requiredLeft(),
                      target)
                  : Message.of(
                      "facilitation.at_risk.pace_since_enrolling",
                      teacher.requiredDoneRecently(),
                      teacher.requiredLeft(),
                      target,
                      window));
        }
      }
    }
    if (started) {
      long idle = days(teacher.lastActivityAt(), now);
      if (idle >= idleDays) {
        reasons.add(Message.of("facilitation.at_risk.idle", idle));
      }
    } else if (enrolledDays >= idleDays) {
      reasons.add(Message.of("facilitation.at_risk.idle_since_enrolling", enrolledDays));
    }
    return new Verdict(reasons);
  }

  /** Whole days of 24 hours from then to now (0 when then is later). */
  private static long days(Instant then, Instant now) {
    return then == null || then.isAfter(now) ? 0 : Duration.between(then, now).toDays();
  }
}
