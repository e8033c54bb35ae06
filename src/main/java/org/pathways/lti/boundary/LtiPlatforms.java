package org.pathways.lti.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.lti.control.PlatformRegistration;
import org.pathways.lti.entity.LtiAttempt;
import org.pathways.lti.entity.LtiPlatform;
import org.pathways.lti.entity.PlatformRequest;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;

/**
 * The registered LMSs (administrators register, list and remove them) and the login initiations on
 * their way to one (kept ten minutes, used once).
 */
@ApplicationScoped
public class LtiPlatforms {

  public static final Permission ADMINISTER = new Permission("lti.administer", false);
  static final Duration ATTEMPT_LIFETIME = Duration.ofMinutes(10);
  private static final int MAX_LISTED = 200;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** Registers an LMS: administrators only, valid addresses, one per issuer and client id. */
  @Transactional
  public LtiPlatform register(Caller caller, PlatformRequest request, String address) {
    authorization.requireRole(caller, ADMINISTER, Role.ADMIN);
    if (request == null) {
      throw Refusal.of(Refusal.Kind.INVALID, "lti.platform.body_required");
    }
    List<Refusal.FieldError> errors = PlatformRegistration.errors(request);
    if (!errors.isEmpty()) {
      throw Refusal.invalid(Message.of("lti.platform.invalid"), errors);
    }
    if (platform(request.issuer.strip(), request.clientId.strip()).isPresent()) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "lti.platform.duplicate");
    }
    LtiPlatform platform = new LtiPlatform(request, clock.instant());
    try {
      em.persist(platform);
      em.flush();
    } catch (jakarta.persistence.PersistenceException raced) {
      // Two registrations of the same issuer and client id at once: the second meets the key.
      throw Refusal.of(Refusal.Kind.CONFLICT, "lti.platform.duplicate");
    }
    audit.record(
        caller.id(), "lti.platform.registered", platform.getId().toString(), null, address);
    return platform;
  }

  /** The registered LMSs, oldest first (administrators only). */
  @Transactional
  public List<LtiPlatform> all(Caller caller) {
    authorization.requireRole(caller, ADMINISTER, Role.ADMIN);
    return em.createNamedQuery(LtiPlatform.ALL, LtiPlatform.class)
        .setMaxResults(MAX_LISTED)
        .getResultList();
  }

  /** Removes a registration (administrators only); its launches stop at once. */
  @Transactional
  public void remove(Caller caller, UUID id, String address) {
    authorization.requireRole(caller, ADMINISTER, Role.ADMIN);
    LtiPlatform platform = id == null ? null : em.find(LtiPlatform.class, id);
    if (platform == null) {
      throw Refusal.notFound("lti.platform.not_found");
    }
    em.remove(platform);
    audit.record(caller.id(), "lti.platform.removed", id.toString(), null, address);
  }

  /**
   * The platform a login initiation names: by issuer and client id, or by issuer alone when the
   * platform sent no client id and only one registration has that issuer.
   */
  @Transactional
  public Optional<LtiPlatform> platform(String issuer, String clientId) {
    if (issuer == null) {
      return Optional.empty();
    }
    List<LtiPlatform> found =
        em.createNamedQuery(LtiPlatform.BY_ISSUER, LtiPlatform.class)
            .setParameter("issuer", issuer)
            .setMaxResults(MAX_LISTED)
            .getResultList();
    if (clientId == null || clientId.isBlank()) {
      return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
    return found.stream().filter(p -> p.getClientId().equals(clientId)).findFirst();
  }

  /**
   * The registered platform a token names (its issuer and audience), without verifying it: only to
   * let that platform frame the plain refusal page, never to trust the token.
   */
  @Transactional
  public Optional<LtiPlatform> namedBy(String token) {
    try {
      com.nimbusds.jwt.JWTClaimsSet named =
          com.nimbusds.jwt.JWTParser.parse(token).getJWTClaimsSet();
      if (named.getIssuer() == null || named.getAudience() == null) {
        return Optional.empty();
      }
      return named.getAudience().stream()
          .limit(5)
          .map(audience -> platform(named.getIssuer(), audience))
          .flatMap(Optional::stream)
          .findFirst();
    } catch (java.text.ParseException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  @Transactional
  public Optional<LtiPlatform> platform(UUID id) {
    return Optional.ofNullable(em.find(LtiPlatform.class, id));
  }

  /** Keeps a login initiation sent to a platform; expired ones are dropped on the way. */
  @Transactional
  public void keep(String key, UUID platform, String state, String nonce) {
    em.createQuery("delete from LtiAttempt a where a.expiresAt < :now")
        .setParameter("now", clock.instant())
        .executeUpdate();
    em.persist(new LtiAttempt(key, platform, state, nonce, clock.instant().plus(ATTEMPT_LIFETIME)));
  }

  /**
   * The login initiation this browser's key names, when the state matches and it has not expired;
   * it is deleted either way, so a key, a state and a nonce work once.
   */
  @Transactional
  public Optional<LtiAttempt> take(String key, String state) {
    if (key == null || state == null) {
      return Optional.empty();
    }
    LtiAttempt attempt = em.find(LtiAttempt.class, key);
    if (attempt == null) {
      return Optional.empty();
    }
    em.remove(attempt);
    return attempt.answers(state, clock.instant()) ? Optional.of(attempt) : Optional.empty();
  }
}
