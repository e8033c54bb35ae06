package org.pathways.facilitation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.cohort.boundary.Cohorts;
import org.pathways.cohort.entity.Cohort;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.facilitation.control.AtRisk;
import org.pathways.facilitation.control.CohortCounts;
import org.pathways.facilitation.control.Supporters;
import org.pathways.facilitation.control.TargetDate;
import org.pathways.facilitation.entity.CohortSummary;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.CohortProgress;
import org.pathways.learning.boundary.CohortProgress.TeacherProgress;
import org.pathways.platform.entity.Refusal;
import org.pathways.reflection.boundary.AwaitingFeedback;
import org.pathways.workshop.boundary.NextWorkshops;

/**
 * "My cohorts": the cohorts a caller supports with their counts. A fixed number of statements for
 * all cohorts together: who the caller is (two), the cohorts, the next workshops, the enrolments,
 * their completed steps, and the reflections awaiting feedback counted per enrolment.
 */
@ApplicationScoped
public class MyCohorts {

  @Inject Cohorts cohorts;
  @Inject CohortProgress progress;
  @Inject AwaitingFeedback awaiting;
  @Inject NextWorkshops next;
  @Inject ContentLibrary library;
  @Inject Authorization authorization;
  @Inject Clock clock;

  /** The cohorts the caller supports, newest first (404 for a caller who supports nobody). */
  @Transactional
  public List<CohortSummary> of(Caller caller) {
    authorization.requireSignedIn(caller);
    if (!Supporters.includes(caller)) {
      throw Refusal.notFound("facilitation.not_found");
    }
    List<Cohort> visible = cohorts.visibleTo(caller);
    if (visible.isEmpty()) {
      return List.of();
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ProgressMatrices.ZONE);
    Map<UUID, List<TeacherProgress>> teachers =
        progress.of(visible, now.minus(Duration.ofDays(AtRisk.PACE_DAYS)));
    List<NextWorkshops.PhaseStart> starts =
        visible.stream().anyMatch(c -> c.getTargetDate() == null)
            ? next.nextStarts(TargetDate.WORKSHOP_PHASE, now)
            : List.of();
    Map<UUID, Integer> awaitingByEnrollment =
        awaiting.byEnrollment(
            teachers.values().stream()
                .flatMap(List::stream)
                .map(TeacherProgress::enrollmentId)
                .toList());
    List<CohortSummary> summaries = new ArrayList<>();
    for (Cohort cohort : visible) {
      Course course = library.course(cohort.getCourseSlug()).orElse(null);
      LocalDate target =
          TargetDate.of(
                  cohort.getTargetDate(),
                  course == null ? null : course.program(),
                  cohort.getDistrictId(),
                  starts)
              .date();
      CohortCounts counts =
          CohortCounts.of(
              teachers.getOrDefault(cohort.getId(), List.of()),
              awaitingByEnrollment,
              now,
              today,
              cohort.getInactiveDays(),
              target);
      summaries.add(
          new CohortSummary(
              cohort.getId(),
              cohort.getName(),
              cohort.getDistrict(),
              cohort.getCourseSlug(),
              course == null ? cohort.getCourseSlug() : course.title(),
              counts));
    }
    return summaries;
  }
}
