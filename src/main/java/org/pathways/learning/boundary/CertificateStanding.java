package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.BitSet;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.entity.Refusal;

/**
 * Where a certificate stands beyond its facts: who holds it, whether its holder shows its
 * credential to everyone, and whether program staff revoked it. Revocation is read in one place
 * (the certificate row): the verification page, the API and the credential feature's status list
 * all read it from here.
 */
@ApplicationScoped
public class CertificateStanding {

  /** Revoking certificates: program staff (administrators). */
  public static final Permission REVOKE = new Permission("certificate.revoke", false);

  static final int REASON_MAX = 500;
  private static final Logger LOG = Logger.getLogger(CertificateStanding.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Certificates certificates;
  @Inject Authorization authorization;
  @Inject Clock clock;

  /** The account that holds this certificate (a course's learner, a workshop's attendee). */
  @Transactional
  public Optional<UUID> holder(Certificate certificate) {
    if (certificate.ofWorkshop()) {
      return Optional.ofNullable(certificate.getAccountId());
    }
    return Optional.ofNullable(em.find(Enrollment.class, certificate.getEnrollmentId()))
        .map(Enrollment::getAccountId);
  }

  /**
   * The certificate with this code when the caller holds it, or when its holder made its credential
   * public; nothing otherwise, whether or not it exists.
   */
  @Transactional
  public Optional<Certificate> readable(Caller caller, String code) {
    return certificates
        .verify(code)
        .filter(c -> c.isCredentialPublic() || (caller.signedIn() && holds(caller, c)));
  }

  /** The certificate with this code if the caller holds it (else not found: it may not exist). */
  @Transactional
  public Certificate held(Caller caller, String code) {
    return certificates
        .verify(code)
        .filter(c -> caller.signedIn() && holds(caller, c))
        .orElseThrow(() -> Refusal.notFound("learning.certificate.refused.not_found"));
  }

  /** The holder shows the credential to everyone, or to themselves only. */
  @Transactional
  public Certificate showCredential(Caller caller, String code, boolean toEveryone) {
    authorization.requireSignedIn(caller);
    Certificate certificate = held(caller, code);
    certificate.showCredential(toEveryone);
    return certificate;
  }

  /** Program staff revoke a certificate, saying why in words its verifiers will read. */
  @Transactional
  public Certificate revoke(Caller caller, String code, String reason) {
    authorization.requireRole(caller, REVOKE, Role.ADMIN);
    String said = reason == null ? "" : reason.strip();
    if (said.isEmpty()) {
      throw Refusal.invalid("reason", "learning.certificate.refused.reason_missing");
    }
    if (said.length() > REASON_MAX) {
      throw Refusal.invalid("reason", "learning.certificate.refused.reason_long", REASON_MAX);
    }
    Certificate certificate =
        certificates
            .verify(code)
            .orElseThrow(() -> Refusal.notFound("learning.certificate.refused.not_found"));
    if (certificate.revoke(said, caller.id(), clock.instant())) {
      LOG.info(() -> "Certificate " + certificate.getCode() + " revoked by " + caller.id());
    }
    return certificate;
  }

  /** The highest status index given so far, or -1 when none was. */
  @Transactional
  public int lastStatusIndex() {
    Object[] row =
        (Object[])
            em.createNativeQuery("select last_value, is_called from certificate_status_index")
                .getSingleResult();
    long last = ((Number) row[0]).longValue();
    return (int) (Boolean.TRUE.equals(row[1]) ? last : last - 1);
  }

  /**
   * The status indexes in [from, to] that no valid certificate holds: revoked, withdrawn (a
   * workshop certificate whose attendance was taken back), or never used. One query.
   */
  @Transactional
  public BitSet invalidIndexes(int from, int to) {
    BitSet invalid = new BitSet();
    int last = Math.min(to, lastStatusIndex());
    if (last < from) {
      return invalid;
    }
    for (Object index :
        em.createNativeQuery(
                "select i from generate_series(?1, ?2) i where not exists (select 1 from"
                    + " certificate c where c.status_index = i and c.revoked_at is null)")
            .setParameter(1, from)
            .setParameter(2, last)
            .getResultList()) {
      invalid.set(((Number) index).intValue() - from);
    }
    return invalid;
  }

  private boolean holds(Caller caller, Certificate certificate) {
    return holder(certificate).map(caller::is).orElse(false);
  }
}
