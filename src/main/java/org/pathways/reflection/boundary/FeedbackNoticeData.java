package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathways.identity.entity.PersonalData;
import org.pathways.platform.control.PersonalRows;

/**
 * A teacher's feedback notices (read or not) and their choice of mail for feedback, for the
 * personal-data export (two queries). Deleting the account deletes both by their foreign keys to it
 * (V15, on delete cascade).
 */
@ApplicationScoped
public class FeedbackNoticeData implements PersonalData {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Override
  public String section() {
    return "reflectionNotices";
  }

  @Override
  public Object export(UUID account) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "notices",
        PersonalRows.rows(
            em,
            "select feedback_id, enrollment_id, step_key, created_at, read_at"
                + " from reflection_notice where account_id = ?1 order by created_at",
            account,
            "feedback",
            "enrollment",
            "step",
            "createdAt",
            "readAt"));
    data.put(
        "settings",
        PersonalRows.rows(
            em,
            "select feedback_mail from reflection_settings where account_id = ?1",
            account,
            "feedbackMail"));
    return data;
  }
}
