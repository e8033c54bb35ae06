package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.identity.entity.PersonalData;
import org.pathways.learning.entity.EnrollmentRecords;
import org.pathways.platform.control.PersonalRows;

/**
 * A teacher's enrolments, completed steps, quiz attempts, puzzle programs and certificates, then
 * what other features keep on those enrolments ({@link EnrollmentRecords}: reflections).
 */
@ApplicationScoped
public class LearningData implements PersonalData {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Instance<EnrollmentRecords> records;

  @Override
  public String section() {
    return "learning";
  }

  @Override
  public Object export(UUID account) {
    Map<String, Object> data = new LinkedHashMap<>();
    List<Map<String, Object>> enrollments =
        rows(
            "select e.id, e.course_slug, e.cohort_id, e.enrolled_at, e.last_activity_at,"
                + " e.completed_at from enrollment e where e.account_id = ?1 order by e.enrolled_at",
            account,
            "id",
            "course",
            "cohort",
            "enrolledAt",
            "lastActivityAt",
            "completedAt");
    data.put("enrollments", enrollments);
    data.put(
        "completedSteps",
        rows(
            "select e.course_slug, c.step_key, c.completed_at from step_completion c"
                + " join enrollment e on e.id = c.enrollment_id where e.account_id = ?1"
                + " order by c.completed_at",
            account,
            "course",
            "step",
            "completedAt"));
    data.put(
        "quizAttempts",
        rows(
            "select e.course_slug, q.step_key, q.score_percent, q.passed, q.answers, q.attempted_at"
                + " from quiz_attempt q join enrollment e on e.id = q.enrollment_id"
                + " where e.account_id = ?1 order by q.attempted_at",
            account,
            "course",
            "step",
            "scorePercent",
            "passed",
            "answers",
            "attemptedAt"));
    data.put(
        "puzzlePrograms",
        rows(
            "select e.course_slug, p.step_key, p.program, p.solved, p.runs, p.updated_at"
                + " from puzzle_program p join enrollment e on e.id = p.enrollment_id"
                + " where e.account_id = ?1 order by p.updated_at",
            account,
            "course",
            "step",
            "program",
            "solved",
            "runs",
            "updatedAt"));
    data.put(
        "certificates",
        rows(
            "select c.code, c.course_slug, c.holder_name, c.pd_hours, c.completed_at"
                + " from certificate c join enrollment e on e.id = c.enrollment_id"
                + " where e.account_id = ?1",
            account,
            "code",
            "course",
            "name",
            "pdHours",
            "completedAt"));
    Map<UUID, String> courseOfEnrollment = new LinkedHashMap<>();
    for (Map<String, Object> enrollment : enrollments) {
      courseOfEnrollment.put(
          UUID.fromString((String) enrollment.get("id")), (String) enrollment.get("course"));
    }
    for (EnrollmentRecords more : records) {
      data.put(more.name(), more.export(courseOfEnrollment));
    }
    return data;
  }

  private List<Map<String, Object>> rows(String sql, UUID account, String... names) {
    return PersonalRows.rows(em, sql, account, names);
  }
}
