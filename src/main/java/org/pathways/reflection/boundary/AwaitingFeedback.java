package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pathways.platform.control.SqlRow;

/**
 * How many reflections wait for a facilitator's feedback, per enrolment: the latest submitted
 * version of each prompt, shared with facilitators (FACILITATORS or COHORT), with no feedback yet.
 * One statement for any number of enrolments (bound as one array).
 */
@ApplicationScoped
public class AwaitingFeedback {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  private record Count(UUID enrollment, int awaiting) {}

  /** The enrolments that have reflections awaiting feedback, with how many (others are absent). */
  @Transactional
  public Map<UUID, Integer> byEnrollment(Collection<UUID> enrollments) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (enrollments.isEmpty()) {
      return counts;
    }
    SqlRow.map(
            em.createNativeQuery(
                    "select s.enrollment_id, count(*) from reflection_submission s"
                        + " where s.enrollment_id = any(?1)"
                        + " and s.visibility in ('FACILITATORS', 'COHORT')"
                        + " and s.version = (select max(v.version) from reflection_submission v"
                        + " where v.enrollment_id = s.enrollment_id and v.step_key = s.step_key)"
                        + " and not exists (select 1 from reflection_feedback f"
                        + " where f.submission_id = s.id)"
                        + " group by s.enrollment_id")
                .setParameter(1, uuids(enrollments))
                .getResultList(),
            r -> new Count(r.uuid(0), r.integer(1)))
        .forEach(c -> counts.put(c.enrollment(), c.awaiting()));
    return counts;
  }

  /** The ids as a PostgreSQL array made by the driver on the transaction's connection. */
  private java.sql.Array uuids(Collection<UUID> ids) {
    try {
      return em.unwrap(Connection.class).createArrayOf("uuid", ids.toArray(new UUID[0]));
    } catch (SQLException e) {
      throw new IllegalStateException("The database driver could not make a uuid array", e);
    }
  }
}
