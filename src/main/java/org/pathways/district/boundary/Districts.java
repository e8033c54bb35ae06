package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathways.district.entity.District;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;

/** Finding districts and who manages them, for the features whose records belong to one. */
@ApplicationScoped
public class Districts {

  /** Invitations to manage a district carry this scope. */
  public static final String SCOPE = "district";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /**
   * The districts a caller manages (one query): managing takes both a district's list and the
   * DISTRICT_MANAGER role, so losing either ends it. Read from the database on every call.
   */
  @Transactional
  public Set<UUID> managedBy(Caller caller) {
    Set<UUID> managed = new HashSet<>();
    if (caller.signedIn() && caller.has(Role.DISTRICT_MANAGER)) {
      for (Object id :
          em.createNativeQuery("select district_id from district_manager where account_id = ?1")
              .setParameter(1, caller.id())
              .getResultList()) {
        managed.add((UUID) id);
      }
    }
    return managed;
  }

  /** Whether the caller manages this district (false for no district). */
  public boolean manages(Caller caller, UUID district) {
    return district != null && managedBy(caller).contains(district);
  }

  public Optional<District> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(District.class, id));
  }

  /** These districts, in no order (one query). */
  @Transactional
  public List<District> some(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select d from District d where d.id in :ids", District.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
