package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
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

  // The export lists every field in this order, empty ones as null.

  /** The account itself. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "email",
    "name",
    "school",
    "district",
    "state",
    "zip",
    "gradeBand",
    "roles",
    "createdAt"
  })
  public record Profile(
      String id,
      String email,
      String name,
      String school,
      String district,
      String state,
      String zip,
      String gradeBand,
      List<String> roles,
      String createdAt) {}

  /** An API token, without its secret. */
  @JsonbNillable
  @JsonbPropertyOrder({"id", "purpose", "createdAt", "expiresAt", "revokedAt"})
  public record Token(
      String id, String purpose, String createdAt, String expiresAt, String revokedAt) {}

  /** An entry of the account's audit log. */
  @JsonbNillable
  @JsonbPropertyOrder({"at", "action", "address"})
  public record Entry(String at, String action, String address) {}

  private static Profile profile(Account account) {
    return new Profile(
        account.getId().toString(),
        account.getEmail(),
        account.getName(),
        account.getSchool(),
        account.getDistrict(),
        account.getState(),
        account.getZip(),
        account.getGradeBand() == null ? null : account.getGradeBand().code(),
        account.getRoles().stream().map(Role::name).sorted().toList(),
        account.getCreatedAt().toString());
  }

  private static Token token(ApiToken token) {
    return new Token(
        token.getId().toString(),
        token.getPurpose().name(),
        token.getCreatedAt().toString(),
        token.getExpiresAt().toString(),
        token.getRevokedAt() == null ? null : token.getRevokedAt().toString());
  }

  private static Entry entry(AuditEntry entry) {
    return new Entry(entry.getAt().toString(), entry.getAction(), entry.getAddress());
  }
}
