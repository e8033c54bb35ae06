package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pathways.district.entity.District;

/** Every district by name, for the choices of staff pages (at most 500, one statement). */
@ApplicationScoped
public class DistrictDirectory {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Transactional
  public List<District> all() {
    return em.createQuery("select d from District d order by d.name", District.class)
        .setMaxResults(500)
        .getResultList();
  }
}
