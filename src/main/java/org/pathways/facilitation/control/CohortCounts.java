package org.pathways.facilitation.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.learning.boundary.CohortProgress.TeacherProgress;

/**
 * A cohort's counts on "My cohorts": its teachers, those who worked on a step in the last 7 days,
 * those who completed the course, those at risk ({@link AtRisk}), and the reflections awaiting
 * feedback.
 */
public record CohortCounts(int teachers, int active7d, int completed, int atRisk, int awaiting) {

  /** "Active": worked on a step within this many days. */
  public static final int ACTIVE_DAYS = 7;

  /**
   * Counts the cohort's teachers.
   *
   * @param awaiting reflections awaiting feedback by enrolment (absent: none)
   * @param idle the cohort's idle days
   * @param target the cohort's target date, or null
   */
  public static CohortCounts of(
      List<TeacherProgress> teachers,
      Map<UUID, Integer> awaiting,
      Instant now,
      LocalDate today,
      int idle,
      LocalDate target) {
    Instant activeSince = now.minus(Duration.ofDays(ACTIVE_DAYS));
    int active = 0;
    int completed = 0;
    int atRisk = 0;
    int feedback = 0;
    for (TeacherProgress t : teachers) {
      if (t.lastActivityAt() != null && !t.lastActivityAt().isBefore(activeSince)) {
        active++;
      }
      if (t.completedAt() != null) {
        completed++;
      }
      if (AtRisk.judge(now, today, idle, target, standing(t)).atRisk()) {
        atRisk++;
      }
      feedback += awaiting.getOrDefault(t.enrollmentId(), 0);
    }
    return new CohortCounts(teachers.size(), active, completed, atRisk, feedback);
  }

  /** What the at-risk rule needs of a teacher's progress. */
  public static AtRisk.Standing standing(TeacherProgress t) {
    return new AtRisk.Standing(
        t.enrolledAt(),
        t.lastActivityAt(),
        t.completedAt(),
        t.requiredLeft(),
        t.requiredDoneSince());
  }
}
