package org.pathways.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.pathways.platform.control.SqlArrays;
import org.pathways.platform.control.SqlRow;

/** Which cohorts belong to some districts, for features that add up what districts do. */
@ApplicationScoped
public class DistrictCohorts {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /** The ids of these districts' cohorts (one statement; none for no district). */
  @Transactional
  public Set<UUID> of(Collection<UUID> districts) {
    if (districts.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        SqlRow.map(
            em.createNativeQuery("select id from cohort where district_id = any(?1)")
                .setParameter(1, SqlArrays.uuids(em, districts))
                .getResultList(),
            r -> r.uuid(0)));
  }
}
