package org.pathways.credential.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.credential.control.IssuerKeyRing.StoredKey;

class IssuerKeyRingTest {

  @Test
  void rotationKeepsEveryEarlierKeyPublishedAndErasesItsPrivateHalf() {
    StoredKey first = IssuerKeyRing.generate();
    StoredKey second = IssuerKeyRing.generate();
    IssuerKeyRing ring = new IssuerKeyRing(List.of(first));

    IssuerKeyRing rotated = ring.rotatedTo(second);

    assertThat(rotated.current().orElseThrow().kid()).isEqualTo(second.kid());
    assertThat(rotated.publicKeys().getKeys())
        .extracting(JWK::getKeyID)
        .containsExactly(first.kid(), second.kid());
    assertThat(rotated.publicKeys().getKeys()).noneMatch(JWK::isPrivate);
    assertThat(rotated.keys().get(0).privateJwk()).isNull();
    assertThat(rotated.keys().stream().filter(StoredKey::current)).hasSize(1);
  }

  @Test
  void aNewlyConfiguredKeyBecomesCurrentAndAKnownOneChangesNothing() throws Exception {
    StoredKey generated = IssuerKeyRing.generate();
    ECKey configured = new ECKeyGenerator(Curve.P_256).keyID("prod-1").generate();
    IssuerKeyRing ring = new IssuerKeyRing(List.of(generated));

    IssuerKeyRing after = ring.withConfigured(configured);
    IssuerKeyRing again = after.rotatedTo(IssuerKeyRing.generate()).withConfigured(configured);

    assertThat(after.current().orElseThrow().kid()).isEqualTo("prod-1");
    assertThat(after.current().orElseThrow().configured()).isTrue();
    assertThat(after.current().orElseThrow().privateJwk()).isNull();
    assertThat(after.publicKeys().getKeys()).extracting(JWK::getKeyID).contains(generated.kid());
    assertThat(again.current().orElseThrow().kid()).isNotEqualTo("prod-1");
    assertThat(again.publicKeys().getKeys()).hasSize(3);
  }

  @Test
  void aConfiguredKeyWithoutKidIsNamedByItsThumbprint() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).generate();

    ECKey configured = IssuerKeyRing.configured(key.toJSONString());

    assertThat(configured.getKeyID()).isEqualTo(key.computeThumbprint().toString());
    assertThat(configured.getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
  }

  @Test
  void aPublicKeyOrAnotherCurveIsRefusedWithoutEchoingIt() throws Exception {
    ECKey publicOnly = new ECKeyGenerator(Curve.P_256).generate().toPublicJWK();
    ECKey otherCurve = new ECKeyGenerator(Curve.P_384).generate();

    assertThatThrownBy(() -> IssuerKeyRing.configured(publicOnly.toJSONString()))
        .hasMessageNotContaining(publicOnly.getX().toString());
    assertThatThrownBy(() -> IssuerKeyRing.configured(otherCurve.toJSONString()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IssuerKeyRing.configured("not json"))
        .hasMessage("PATHWAYS_ISSUER_KEY is not an EC JWK");
  }
}
