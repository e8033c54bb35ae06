package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.ApiToken;
import org.pathways.identity.entity.AuditEntry;
import org.pathways.identity.entity.PersonalData;
import org.pathways.identity.entity.Role;
import org.pathways.platform.entity.Refusal;

/**
 * Everything Pathways holds about an account, as one document: the account, its tokens, its audit
 * log and every feature's {@link PersonalData} section. Exports are audited.
 */
@ApplicationScoped
public class DataExport {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Instance<PersonalData> features;
  @Inject Accounts accounts;
  @Inject AuditTrail audit;

  /** Everything Pathways holds about this account, as one document. */
  @Transactional
  public Map<String, Object> export(UUID id) {
    Account account =
        accounts.account(id).orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("account", profile(account));
    export.put(
        "tokens",
        em
            .createNamedQuery(ApiToken.BY_ACCOUNT, ApiToken.class)
            .setParameter("account", id)
            .getResultList()
            .stream()
            .map(DataExport::token)
            .toList());
    export.put(
        "auditLog",
        em
            .createNamedQuery(AuditEntry.ABOUT, AuditEntry.class)
            .setParameter("account", id)
            .setParameter("subject", id.toString())
            .setMaxResults(1000)
            .getResultList()
            .stream()
            .map(DataExport::entry)
            .toList());
    for (PersonalData feature : features) {
      export.put(feature.section(), feature.export(id));
    }
    audit.record(id, "data.exported", id.toString(), null, null);
    return export;
  }

  private static Map<String, Object> profile(Account account) {
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", account.getId().toString());
    profile.put("email", account.getEmail());
    profile.put("name", account.getName());
    profile.put("school", account.getSchool());
    profile.put("district", account.getDistrict());
    profile.put("state", account.getState());
    profile.put("zip", account.getZip());
    profile.put("gradeBand", account.getGradeBand() == null ? null : account.getGradeBand().code());
    profile.put("roles", account.getRoles().stream().map(Role::name).sorted().toList());
    profile.put("createdAt", account.getCreatedAt().toString());
    return profile;
  }

  private static Map<String, Object> token(ApiToken token) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("id", token.getId().toString());
    t.put("purpose", token.getPurpose().name());
    t.put("createdAt", token.getCreatedAt().toString());
    t.put("expiresAt", token.getExpiresAt().toString());
    t.put("revokedAt", token.getRevokedAt() == null ? null : token.getRevokedAt().toString());
    return t;
  }

  private static Map<String, Object> entry(AuditEntry entry) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("at", entry.getAt().toString());
    e.put("action", entry.getAction());
    e.put("address", entry.getAddress());
    return e;
  }
}
