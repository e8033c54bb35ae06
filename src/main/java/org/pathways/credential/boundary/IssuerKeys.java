package org.pathways.credential.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pathways.credential.control.IssuerKeyRing;
import org.pathways.credential.control.IssuerKeyRing.StoredKey;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;

/**
 * The issuer's signing keys, kept in {@code issuer_key} so that every instance signs with the same
 * key and publishes the same JWKS ({@link IssuerKeyRing} has the rules). A configured key ({@code
 * PATHWAYS_ISSUER_KEY}) keeps its private half in the setting only. Each instance reads the current
 * key again after a minute, so a rotation on one instance reaches the others soon; meanwhile they
 * sign with the previous key, which stays published. No private key is ever logged or served.
 */
@ApplicationScoped
public class IssuerKeys {

  static final String SETTING = "pathways.issuer.key";
  static final Permission ROTATE = new Permission("issuer.key.rotate", false);
  private static final Duration REREAD = Duration.ofMinutes(1);
  private static final Logger LOG = Logger.getLogger(IssuerKeys.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Clock clock;
  @Inject Authorization authorization;

  private record Signing(ECKey key, Instant readAt) {}

  private volatile Signing signing;

  /** Every key ever used, public halves only, as a JWK set. */
  @Transactional
  public String publicKeys() {
    signingKey();
    return ring().publicKeys().toString();
  }

  /** These claims as a VC-JWT: ES256, the current key's kid, typ JWT. */
  @Transactional
  public String sign(JWTClaimsSet claims) {
    ECKey key = signingKey();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new ECDSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("the issuer key does not sign", e);
    }
    return jwt.serialize();
  }

  /** An administrator makes a newly generated key current; the one before stays published. */
  @Transactional
  public String rotate(Caller caller) {
    authorization.requireRole(caller, ROTATE, Role.ADMIN);
    lock();
    StoredKey fresh = IssuerKeyRing.generate();
    store(fresh);
    signing = null;
    LOG.info(() -> "Issuer key rotated by " + caller.id() + ": now " + fresh.kid());
    return fresh.kid();
  }

  private ECKey signingKey() {
    Signing known = signing;
    if (known == null || clock.instant().isAfter(known.readAt().plus(REREAD))) {
      known = new Signing(loadOrMake(), clock.instant());
      signing = known;
    }
    return known.key();
  }

  private ECKey loadOrMake() {
    Optional<ECKey> configured =
        ConfigProvider.getConfig()
            .getOptionalValue(SETTING, String.class)
            .filter(value -> !value.isBlank())
            .map(IssuerKeyRing::configured);
    IssuerKeyRing ring = ring();
    if (needsWrite(ring, configured)) {
      lock();
      ring = ring();
      if (configured.isPresent() && !ring.knows(configured.get().getKeyID())) {
        store(ring.withConfigured(configured.get()).current().orElseThrow());
      } else if (needsWrite(ring, configured)) {
        store(IssuerKeyRing.generate());
      }
      ring = ring();
    }
    StoredKey current = ring.current().orElseThrow();
    if (current.configured()) {
      return configured.orElseThrow();
    }
    try {
      return ECKey.parse(current.privateJwk());
    } catch (ParseException e) {
      // Never the value itself: it holds the private key.
      throw new IllegalStateException("the stored issuer key does not parse", e);
    }
  }

  /** A new configured key, no current key, or a current configured key whose setting is gone. */
  private static boolean needsWrite(IssuerKeyRing ring, Optional<ECKey> configured) {
    if (configured.isPresent() && !ring.knows(configured.get().getKeyID())) {
      return true;
    }
    Optional<StoredKey> current = ring.current();
    return current.isEmpty()
        || (current.get().configured()
            && configured.map(k -> !k.getKeyID().equals(current.get().kid())).orElse(true));
  }

  /** One writer at a time across instances; readers are not held up. */
  private void lock() {
    em.createNativeQuery("lock table issuer_key in share row exclusive mode").executeUpdate();
  }

  /** Retires the current key (erasing its private half) and stores this one as current. */
  private void store(StoredKey fresh) {
    Timestamp now = Timestamp.from(clock.instant());
    em.createNativeQuery(
            "update issuer_key set current = false, private_jwk = null, retired_at = ?1"
                + " where current")
        .setParameter(1, now)
        .executeUpdate();
    em.createNativeQuery(
            "insert into issuer_key (kid, public_jwk, private_jwk, configured, current,"
                + " created_at) values (?1, ?2, ?3, ?4, true, ?5)")
        .setParameter(1, fresh.kid())
        .setParameter(2, fresh.publicJwk())
        .setParameter(3, fresh.privateJwk())
        .setParameter(4, fresh.configured())
        .setParameter(5, now)
        .executeUpdate();
  }

  private IssuerKeyRing ring() {
    List<StoredKey> keys = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select kid, public_jwk, private_jwk, configured, current from issuer_key"
                    + " order by created_at, kid")
            .getResultList()) {
      Object[] r = (Object[]) row;
      keys.add(
          new StoredKey(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              Boolean.TRUE.equals(r[3]),
              Boolean.TRUE.equals(r[4])));
    }
    return new IssuerKeyRing(keys);
  }
}
