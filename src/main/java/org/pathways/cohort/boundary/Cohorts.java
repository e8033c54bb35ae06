package org.pathways.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortRequest;
import org.pathways.content.control.ContentLibrary;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.Identity;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;
import org.pathways.platform.entity.Refusal;

/** Creating and finding cohorts, for the API and the admin page alike. */
@ApplicationScoped
public class Cohorts {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Identity identity;
  @Inject ContentLibrary library;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Creates a cohort. Every facilitator must already have an account; they are given the
   * FACILITATOR role if they lack it.
   */
  @Transactional
  public Cohort create(Caller caller, CohortRequest request) {
    authorization.requireRole(caller, CohortRules.COHORT_CREATE, Role.PROGRAM_MANAGER, Role.ADMIN);
    if (library.course(request.course).isEmpty()) {
      throw Refusal.invalid("course", "There is no course \"" + safe(request.course) + "\".");
    }
    Set<UUID> facilitators = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String email : request.facilitators) {
      Optional<Account> account = identity.accountByEmail(email);
      account.ifPresentOrElse(a -> facilitators.add(a.getId()), () -> unknown.add(email));
    }
    if (!unknown.isEmpty()) {
      throw Refusal.invalid(
          "facilitators",
          "These facilitators have no Pathways account yet: "
              + String.join(", ", unknown.stream().map(Cohorts::safe).toList())
              + ". Ask them to sign up first.");
    }
    Cohort cohort =
        new Cohort(
            request.name.strip(),
            request.district.strip(),
            request.course,
            facilitators,
            request.expiresOn == null
                ? null
                : request.expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            caller.id(),
            clock.instant());
    em.persist(cohort);
    for (UUID facilitator : facilitators) {
      identity.grantRole(caller, facilitator, Role.FACILITATOR);
    }
    audit.record(caller.id(), "cohort.created", cohort.getId().toString(), cohort.getName(), null);
    return cohort;
  }

  /** A cohort its reader may see (404 otherwise). */
  @Transactional
  public Cohort cohort(Caller caller, UUID id) {
    Cohort cohort = id == null ? null : em.find(Cohort.class, id);
    if (cohort == null) {
      authorization.requireSignedIn(caller);
      throw Refusal.notFound("There is nothing here, or you may not see it.");
    }
    authorization.require(caller, CohortRules.COHORT_READ, cohort);
    return cohort;
  }

  /** Every cohort, newest first (program managers and administrators). */
  @Transactional
  public List<Cohort> all(Caller caller) {
    authorization.requireRole(caller, CohortRules.COHORT_READ, Role.PROGRAM_MANAGER, Role.ADMIN);
    return em.createNamedQuery(Cohort.ALL, Cohort.class).setMaxResults(500).getResultList();
  }

  /** The cohort whose code this is, whatever its state. */
  public Optional<Cohort> byCode(String typed) {
    String code = Cohort.normalize(typed);
    if (code.isEmpty() || code.length() > 20) {
      return Optional.empty();
    }
    return em.createNamedQuery(Cohort.BY_CODE, Cohort.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The names of these accounts (one query), for lists of a cohort's teachers. */
  public java.util.Map<UUID, String> names(java.util.Collection<UUID> accounts) {
    return identity.accounts(accounts).stream()
        .collect(java.util.stream.Collectors.toMap(Account::getId, Account::getName));
  }

  public Optional<Cohort> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Cohort.class, id));
  }

  private static String safe(String text) {
    return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}@._+ -]", "").strip();
  }
}
