package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.identity.entity.Caller;
import org.pathways.workshop.entity.Workshop;

/**
 * The workshops a facilitator runs, for the facilitation pages: each with how many teachers
 * attended at least one of its sessions so far (three statements: the workshops, their sessions in
 * one batch, the attendance counted per workshop).
 */
@ApplicationScoped
public class FacilitatedWorkshops {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Workshops workshops;

  /** A workshop and the teachers who attended it so far. */
  public record Run(Workshop workshop, int attended) {}

  /** The caller's upcoming and recent workshops, soonest first (none unless they facilitate). */
  @Transactional
  public List<Run> of(Caller caller) {
    List<Workshop> found = workshops.facilitated(caller);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<UUID, Integer> attended = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select s.workshop.id, count(distinct a.accountId) from Attendance a,"
                    + " WorkshopSession s where s.id = a.sessionId and s.workshop.id in :ids"
                    + " group by s.workshop.id",
                Object[].class)
            .setParameter("ids", found.stream().map(Workshop::getId).toList())
            .getResultList()) {
      attended.put((UUID) row[0], ((Number) row[1]).intValue());
    }
    found.forEach(w -> w.getSessions().size());
    return found.stream().map(w -> new Run(w, attended.getOrDefault(w.getId(), 0))).toList();
  }
}
