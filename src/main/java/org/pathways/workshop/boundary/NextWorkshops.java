package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.pathways.platform.control.SqlRow;

/** When the next workshops of a phase start, for features that plan towards them. */
@ApplicationScoped
public class NextWorkshops {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /**
   * The next workshop of a phase of a program in a district (null: one that belongs to none): when
   * it starts, and on which date where it is held.
   */
  public record PhaseStart(String program, UUID district, Instant at, LocalDate date) {}

  /**
   * For each program and district, the next workshop of this phase starting after {@code after}
   * (one statement, one row per program and district). Demo workshops never count.
   */
  @Transactional
  public List<PhaseStart> nextStarts(int phase, Instant after) {
    return SqlRow.map(
        em.createNativeQuery(
                "select distinct on (program_slug, district_id) program_slug, district_id,"
                    + " first_start, time_zone from workshop where phase = ?1"
                    + " and first_start >= ?2 and not demo"
                    + " order by program_slug, district_id, first_start")
            .setParameter(1, phase)
            .setParameter(2, java.sql.Timestamp.from(after))
            .getResultList(),
        r ->
            new PhaseStart(
                r.text(0),
                r.uuid(1),
                r.instant(2),
                r.instant(2).atZone(ZoneId.of(r.text(3))).toLocalDate()));
  }
}
