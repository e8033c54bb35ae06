package org.pathways.credential.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The issuer's keys and which one signs. Rules: a key once used is never dropped (its public half
 * stays in the JWKS, so credentials it signed keep verifying); rotating makes a new key current and
 * keeps the one before published; a configured key that the ring does not know yet becomes current,
 * one it knows changes nothing (a restart with the same setting does not undo a rotation).
 */
public final class IssuerKeyRing {

  /** One key as stored: only a generated current key keeps its private half here. */
  public record StoredKey(
      String kid, String publicJwk, String privateJwk, boolean configured, boolean current) {}

  private final List<StoredKey> keys;

  public IssuerKeyRing(List<StoredKey> keys) {
    this.keys = List.copyOf(keys);
  }

  public List<StoredKey> keys() {
    return keys;
  }

  public Optional<StoredKey> current() {
    return keys.stream().filter(StoredKey::current).findFirst();
  }

  public boolean knows(String kid) {
    return keys.stream().anyMatch(k -> k.kid().equals(kid));
  }

  /** The ring after {@code fresh} became current: the others stay, without private halves. */
  public IssuerKeyRing rotatedTo(StoredKey fresh) {
    List<StoredKey> after = new ArrayList<>();
    for (StoredKey key : keys) {
      after.add(new StoredKey(key.kid(), key.publicJwk(), null, key.configured(), false));
    }
    after.add(
        new StoredKey(
            fresh.kid(), fresh.publicJwk(), fresh.privateJwk(), fresh.configured(), true));
    return new IssuerKeyRing(after);
  }

  /** The ring once this configured key is taken into account (see the class's rules). */
  public IssuerKeyRing withConfigured(ECKey configured) {
    if (knows(configured.getKeyID())) {
      return this;
    }
    return rotatedTo(
        new StoredKey(
            configured.getKeyID(), configured.toPublicJWK().toJSONString(), null, true, true));
  }

  /** Every key ever used, public halves only: what {@code /api/issuer/jwks} publishes. */
  public JWKSet publicKeys() {
    List<JWK> published = new ArrayList<>();
    for (StoredKey key : keys) {
      try {
        published.add(JWK.parse(key.publicJwk()).toPublicJWK());
      } catch (ParseException e) {
        throw new IllegalStateException("stored public key " + key.kid() + " does not parse", e);
      }
    }
    return new JWKSet(published);
  }

  /** A new P-256 key for ES256 signatures. */
  public static StoredKey generate() {
    try {
      ECKey key =
          new ECKeyGenerator(Curve.P_256)
              .keyID(UUID.randomUUID().toString())
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .generate();
      return new StoredKey(
          key.getKeyID(), key.toPublicJWK().toJSONString(), key.toJSONString(), false, true);
    } catch (JOSEException e) {
      throw new IllegalStateException("no EC key generator", e);
    }
  }

  /**
   * The configured private key (a P-256 EC JWK); without a kid, its RFC 7638 thumbprint is its kid.
   * Refuses anything else, never echoing the value (it is a secret).
   */
  public static ECKey configured(String json) {
    try {
      ECKey key = ECKey.parse(json);
      if (!Curve.P_256.equals(key.getCurve()) || !key.isPrivate()) {
        throw new IllegalArgumentException("PATHWAYS_ISSUER_KEY must be a private EC JWK on P-256");
      }
      if (key.getKeyID() == null) {
        key =
            new ECKey.Builder(key)
                .keyID(key.computeThumbprint().toString())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .build();
      }
      return key;
    } catch (ParseException | JOSEException e) {
      throw new IllegalArgumentException("PATHWAYS_ISSUER_KEY is not an EC JWK", e);
    }
  }
}
