package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.cohort.boundary.CohortRules;
import org.pathways.cohort.entity.Cohort;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.identity.boundary.AccountNames;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Enrollment;
import org.pathways.learning.entity.ModuleState;
import org.pathways.learning.entity.StepCompletion;

/**
 * How far the teachers of cohorts are, in bulk, for the features that support them: each enrolment
 * with its teacher, last activity, completion and progress per module, laid over the current course
 * by {@link CourseProgress} (the same rules as the teacher's own pages). A fixed number of
 * statements whatever the number of teachers: the enrolments, their completed steps, and (for one
 * cohort) the teachers' names.
 */
@ApplicationScoped
public class CohortProgress {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ContentLibrary library;
  @Inject Authorization authorization;
  @Inject AccountNames names;

  /** A module as a teacher stands in it. */
  public record ModuleStanding(String key, String title, ModuleState state, int percent) {}

  /**
   * A teacher of a cohort: their last activity is null when they did nothing since enrolling;
   * {@code requiredLeft} and {@code requiredDoneSince} count what the course counts; name and email
   * are null when not asked for.
   */
  public record TeacherProgress(
      UUID enrollmentId,
      UUID accountId,
      UUID cohortId,
      String name,
      String email,
      Instant enrolledAt,
      Instant lastActivityAt,
      Instant completedAt,
      int percent,
      int requiredLeft,
      int requiredDoneSince,
      List<ModuleStanding> modules) {}

  /**
   * The teachers of a cohort the caller may read, in enrolment order, with names and emails, and
   * the required steps each completed since {@code since} (three statements).
   */
  @Transactional
  public List<TeacherProgress> of(Caller caller, Cohort cohort, Instant since) {
    authorization.require(caller, CohortRules.COHORT_READ, cohort);
    List<TeacherProgress> found = read(List.of(cohort.getId()), since);
    Map<UUID, AccountNames.Named> people =
        names.of(found.stream().map(TeacherProgress::accountId).toList());
    return found.stream()
        .filter(t -> people.containsKey(t.accountId()))
        .map(t -> named(t, people.get(t.accountId())))
        .toList();
  }

  /**
   * The teachers of each of these cohorts (which the caller's feature found readable), without
   * names: two statements for all of them.
   */
  @Transactional
  public Map<UUID, List<TeacherProgress>> of(Collection<Cohort> cohorts, Instant since) {
    Map<UUID, List<TeacherProgress>> byCohort = new LinkedHashMap<>();
    cohorts.forEach(c -> byCohort.put(c.getId(), new ArrayList<>()));
    if (!cohorts.isEmpty()) {
      read(byCohort.keySet(), since).forEach(t -> byCohort.get(t.cohortId()).add(t));
    }
    return byCohort;
  }

  private List<TeacherProgress> read(Collection<UUID> cohorts, Instant since) {
    List<String> ids = cohorts.stream().map(UUID::toString).toList();
    List<Enrollment> enrollments =
        em.createQuery(
                "select e from Enrollment e where e.cohortId in :cohorts order by e.enrolledAt",
                Enrollment.class)
            .setParameter("cohorts", ids)
            .getResultList();
    if (enrollments.isEmpty()) {
      return List.of();
    }
    Map<UUID, Map<String, Instant>> done = new HashMap<>();
    em.createQuery(
            "select c from StepCompletion c, Enrollment e where e.id = c.enrollmentId"
                + " and e.cohortId in :cohorts",
            StepCompletion.class)
        .setParameter("cohorts", ids)
        .getResultStream()
        .forEach(
            c ->
                done.computeIfAbsent(c.getEnrollmentId(), k -> new HashMap<>())
                    .put(c.getStepKey(), c.getCompletedAt()));
    List<TeacherProgress> teachers = new ArrayList<>();
    for (Enrollment e : enrollments) {
      library
          .course(e.getCourseSlug())
          .ifPresent(
              course ->
                  teachers.add(progress(e, course, done.getOrDefault(e.getId(), Map.of()), since)));
    }
    return teachers;
  }

  private static TeacherProgress progress(
      Enrollment e, Course course, Map<String, Instant> completions, Instant since) {
    CourseProgress progress = Learning.progress(course, e, completions);
    return new TeacherProgress(
        e.getId(),
        e.getAccountId(),
        e.getCohortId(),
        null,
        null,
        e.getEnrolledAt(),
        // Enrolling sets the activity time too; only a step worked on is activity.
        e.getLastStepKey() == null ? null : e.getLastActivityAt(),
        e.getCompletedAt(),
        progress.percent(),
        progress.left(),
        progress.doneSince(since),
        progress.modules().stream()
            .map(
                m ->
                    new ModuleStanding(
                        m.module().key(), m.module().title(), m.state(), m.percent()))
            .toList());
  }

  private static TeacherProgress named(TeacherProgress t, AccountNames.Named account) {
    return new TeacherProgress(
        t.enrollmentId(),
        t.accountId(),
        t.cohortId(),
        account.name(),
        account.email(),
        t.enrolledAt(),
        t.lastActivityAt(),
        t.completedAt(),
        t.percent(),
        t.requiredLeft(),
        t.requiredDoneSince(),
        t.modules());
  }
}
