package org.pathways.lti.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
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
import java.util.List;
import java.util.UUID;

/**
 * The tool's signing key: an RSA key made at first use and kept in {@code lti_tool_key}, so that
 * every instance signs with the same key; the first instance to store one wins, the others read it.
 * Only its public half leaves this class ({@link #publicKeys()}).
 */
@ApplicationScoped
public class ToolKeys {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Clock clock;

  private volatile RSAKey key;

  /** The tool's public JWK set, as {@code /lti/jwks} publishes it. */
  @Transactional
  public String publicKeys() {
    return new JWKSet(key().toPublicJWK()).toString();
  }

  /** This claims set as a JWT signed with the tool's key (RS256, its kid in the header). */
  @Transactional
  public String sign(JWTClaimsSet claims) {
    RSAKey signing = key();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(signing.getKeyID())
                .type(JOSEObjectType.JWT)
                .build(),
            claims);
    try {
      jwt.sign(new RSASSASigner(signing));
    } catch (JOSEException e) {
      throw new IllegalStateException("the tool key does not sign", e);
    }
    return jwt.serialize();
  }

  /** The key to sign with. */
  @Transactional
  RSAKey key() {
    RSAKey known = key;
    if (known == null) {
      known = loadOrMake();
      key = known;
    }
    return known;
  }

  private RSAKey loadOrMake() {
    List<?> stored =
        em.createNativeQuery("select private_jwk from lti_tool_key where id = 1").getResultList();
    if (stored.isEmpty()) {
      RSAKey made;
      try {
        made =
            new RSAKeyGenerator(2048)
                .keyID(UUID.randomUUID().toString())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .generate();
      } catch (JOSEException e) {
        throw new IllegalStateException("no RSA key generator", e);
      }
      em.createNativeQuery(
              "insert into lti_tool_key (id, kid, private_jwk, created_at) values (1, ?1, ?2, ?3)"
                  + " on conflict (id) do nothing")
          .setParameter(1, made.getKeyID())
          .setParameter(2, made.toJSONString())
          .setParameter(3, Timestamp.from(clock.instant()))
          .executeUpdate();
      stored =
          em.createNativeQuery("select private_jwk from lti_tool_key where id = 1").getResultList();
    }
    try {
      return RSAKey.parse((String) stored.get(0));
    } catch (ParseException e) {
      // Never the value itself: it holds the private key.
      throw new IllegalStateException("the stored tool key does not parse", e);
    }
  }
}
