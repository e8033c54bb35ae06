package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathways.identity.entity.PersonalData;
import org.pathways.learning.boundary.Certificates;
import org.pathways.platform.control.PersonalRows;

/**
 * A teacher's workshop registrations, attendance, workshop certificates and reminders, for the
 * personal-data export (deleting the account removes them through foreign keys). The calendar
 * feed's secret is not exported: it is a key, not data about the teacher.
 */
@ApplicationScoped
public class WorkshopData implements PersonalData {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Certificates certificates;

  @Override
  public String section() {
    return "workshops";
  }

  @Override
  public Object export(UUID account) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "registrations",
        PersonalRows.rows(
            em,
            "select w.id, w.title, r.status, r.created_at, r.updated_at from workshop_registration r"
                + " join workshop w on w.id = r.workshop_id where r.account_id = ?1"
                + " order by r.created_at",
            account,
            "workshop",
            "title",
            "status",
            "registeredAt",
            "updatedAt"));
    data.put(
        "attendance",
        PersonalRows.rows(
            em,
            "select s.workshop_id, s.position, a.checked_in_at, a.method from workshop_attendance a"
                + " join workshop_session s on s.id = a.session_id where a.account_id = ?1"
                + " order by a.checked_in_at",
            account,
            "workshop",
            "session",
            "checkedInAt",
            "method"));
    data.put("certificates", certificates.workshopExport(account));
    data.put(
        "reminders",
        PersonalRows.rows(
            em,
            "select workshop_id, days_before, sent_at from workshop_reminder where account_id = ?1",
            account,
            "workshop",
            "daysBefore",
            "sentAt"));
    return data;
  }
}
