package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.learning.entity.CourseFigures;
import org.pathways.platform.control.SqlArrays;
import org.pathways.platform.control.SqlRow;

/**
 * Enrolments, activity, completions and certificate hours added up per course, for reports: one
 * grouped statement whatever the number of teachers (an index scan of the courses' enrolments, with
 * the step completions of the activity windows found through their index).
 */
@ApplicationScoped
public class LearningFigures {

  private static final String FIGURES =
      "select e.course_slug,"
          + " count(*) filter (where e.enrolled_at < ?2),"
          + " count(*) filter (where e.enrolled_at < ?2 and (e.last_activity_at >= ?3"
          + "   and e.last_activity_at < ?2 or exists (select 1 from step_completion s"
          + "   where s.enrollment_id = e.id and s.completed_at >= ?3 and s.completed_at < ?2))),"
          + " count(*) filter (where e.enrolled_at < ?2 and (e.last_activity_at >= ?4"
          + "   and e.last_activity_at < ?2 or exists (select 1 from step_completion s"
          + "   where s.enrollment_id = e.id and s.completed_at >= ?4 and s.completed_at < ?2))),"
          + " count(*) filter (where e.completed_at >= ?5 and e.completed_at < ?2),"
          + " coalesce(sum(c.pd_hours) filter (where c.completed_at >= ?5 and c.completed_at < ?2),"
          + "   0)"
          + " from enrollment e left join certificate c on c.enrollment_id = e.id"
          + " where e.course_slug = any(?1)";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /**
   * The figures of these courses for the range {@code [from, to)}, counting only the enrolments of
   * these cohorts ({@code null}: every enrolment). One statement.
   */
  @Transactional
  public List<CourseFigures> byCourse(
      Collection<String> courses, Collection<UUID> cohorts, Instant from, Instant to) {
    if (courses.isEmpty()) {
      return List.of();
    }
    Query query =
        em.createNativeQuery(
                FIGURES + (cohorts == null ? "" : " and e.cohort_id = any(?6)") + " group by 1")
            .setParameter(1, SqlArrays.texts(em, courses))
            .setParameter(2, Timestamp.from(to))
            .setParameter(3, Timestamp.from(to.minus(Duration.ofDays(7))))
            .setParameter(4, Timestamp.from(to.minus(Duration.ofDays(30))))
            .setParameter(5, Timestamp.from(from));
    if (cohorts != null) {
      query.setParameter(6, SqlArrays.uuids(em, cohorts));
    }
    return SqlRow.map(
        query.getResultList(),
        r ->
            new CourseFigures(
                r.text(0),
                r.number(1),
                r.number(2),
                r.number(3),
                r.number(4),
                (BigDecimal) r.value(5)));
  }

  /** The teachers enrolled through these cohorts (one statement). */
  @Transactional
  public Set<UUID> teachersOf(Collection<UUID> cohorts) {
    if (cohorts.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        SqlRow.map(
            em.createNativeQuery(
                    "select distinct account_id from enrollment where cohort_id = any(?1)")
                .setParameter(1, SqlArrays.uuids(em, cohorts))
                .getResultList(),
            r -> r.uuid(0)));
  }
}
