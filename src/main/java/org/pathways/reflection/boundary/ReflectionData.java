package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.learning.entity.EnrollmentRecords;
import org.pathways.reflection.entity.ReflectionSubmission;

/**
 * A teacher's submitted reflections, oldest first, in the learning section of the personal-data
 * export (one query; deleting the account removes them with its enrolments).
 */
@ApplicationScoped
public class ReflectionData implements EnrollmentRecords {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Override
  public String name() {
    return "reflections";
  }

  @Override
  public List<Map<String, Object>> export(Map<UUID, String> courseOfEnrollment) {
    if (courseOfEnrollment.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(ReflectionSubmission.OF_ENROLLMENTS, ReflectionSubmission.class)
        .setParameter("enrollments", courseOfEnrollment.keySet())
        .getResultStream()
        .map(s -> row(s, courseOfEnrollment.get(s.getEnrollmentId())))
        .toList();
  }

  static Map<String, Object> row(ReflectionSubmission submission, String course) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("course", course);
    row.put("step", submission.getStepKey());
    row.put("version", submission.getVersion());
    row.put("text", submission.getText());
    row.put("visibility", submission.getVisibility().name());
    row.put("submittedAt", submission.getSubmittedAt().toString());
    return row;
  }
}
