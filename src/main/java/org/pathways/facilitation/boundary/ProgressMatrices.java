package org.pathways.facilitation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.facilitation.control.AtRisk;
import org.pathways.facilitation.control.CohortCounts;
import org.pathways.facilitation.control.IdleDays;
import org.pathways.facilitation.control.TargetDate;
import org.pathways.facilitation.entity.ProgressMatrix;
import org.pathways.facilitation.entity.TeacherRow;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.CohortProgress;
import org.pathways.learning.boundary.CohortProgress.TeacherProgress;
import org.pathways.workshop.boundary.NextWorkshops;

/**
 * A cohort's progress, for the API, its CSV and the page alike. Statements per request, whatever
 * the number of teachers: the cohort (and who may read it), the next workshops when the cohort has
 * no target date of its own, the enrolments, their completed steps and the teachers' names.
 */
@ApplicationScoped
public class ProgressMatrices {

  /** Dates are read in UTC, as the pages show them. */
  static final ZoneOffset ZONE = ZoneOffset.UTC;

  @Inject Cohorts cohorts;
  @Inject CohortProgress progress;
  @Inject NextWorkshops next;
  @Inject ContentLibrary library;
  @Inject Clock clock;

  /**
   * The progress of a cohort the caller may read (401 signed out, 404 otherwise); {@code
   * inactiveDays} as typed overrides the cohort's idle days (400 unless 1 to 365).
   */
  @Transactional
  public ProgressMatrix of(Caller caller, UUID cohortId, String inactiveDays) {
    Cohort cohort = cohorts.cohort(caller, cohortId);
    int idle = IdleDays.of(inactiveDays, cohort.getInactiveDays());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    Course course = library.course(cohort.getCourseSlug()).orElse(null);
    TargetDate.Target target = target(cohort, course, now);
    List<TeacherRow> rows =
        progress.of(caller, cohort, now.minus(Duration.ofDays(AtRisk.PACE_DAYS))).stream()
            .map(t -> row(t, now, today, idle, target.date()))
            .toList();
    List<ProgressMatrix.Module> modules =
        course == null
            ? List.of()
            : course.modules().stream()
                .map(m -> new ProgressMatrix.Module(m.key(), m.title()))
                .toList();
    return new ProgressMatrix(
        cohort,
        course == null ? cohort.getCourseSlug() : course.title(),
        target.date(),
        target.source(),
        idle,
        modules,
        rows);
  }

  private TargetDate.Target target(Cohort cohort, Course course, Instant now) {
    if (cohort.getTargetDate() == null && course == null) {
      return TargetDate.Target.NONE;
    }
    return TargetDate.of(
        cohort.getTargetDate(),
        course == null ? null : course.program(),
        cohort.getDistrictId(),
        cohort.getTargetDate() == null
            ? next.nextStarts(TargetDate.WORKSHOP_PHASE, now)
            : List.of());
  }

  static TeacherRow row(
      TeacherProgress t, Instant now, LocalDate today, int idle, LocalDate target) {
    return new TeacherRow(
        t.accountId(),
        t.name(),
        t.email(),
        t.percent(),
        t.lastActivityAt(),
        AtRisk.judge(now, today, idle, target, CohortCounts.standing(t)),
        t.modules());
  }
}
