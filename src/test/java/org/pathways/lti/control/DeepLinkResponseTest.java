package org.pathways.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.lti.entity.DeepLinking;

class DeepLinkResponseTest {

  private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");

  @Test
  void theResponsePlacesTheChosenCourseForThePlatformThatAsked() throws Exception {
    JWTClaimsSet claims =
        DeepLinkResponse.claims(
            new DeepLinking(
                "https://lms.example", "client-1", "dep-1", "https://lms.example/r", "x"),
            "k5",
            "K-5 workshop",
            "https://pathways.example/lti/launch",
            "n-1",
            NOW);
    assertThat(claims.getIssuer()).isEqualTo("client-1");
    assertThat(claims.getAudience()).containsExactly("https://lms.example");
    assertThat(claims.getExpirationTime()).isAfter(Date.from(NOW));
    assertThat(claims.getStringClaim("nonce")).isEqualTo("n-1");
    assertThat(claims.getStringClaim(LaunchCheck.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
    assertThat(claims.getStringClaim(LaunchCheck.VERSION)).isEqualTo("1.3.0");
    assertThat(claims.getStringClaim(LaunchCheck.DEPLOYMENT)).isEqualTo("dep-1");
    assertThat(claims.getStringClaim(DeepLinkResponse.DATA)).isEqualTo("x");
    List<Object> items = claims.getListClaim(DeepLinkResponse.CONTENT_ITEMS);
    assertThat(items).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> item = (Map<String, Object>) items.get(0);
    assertThat(item)
        .containsEntry("type", "ltiResourceLink")
        .containsEntry("title", "K-5 workshop")
        .containsEntry("url", "https://pathways.example/lti/launch")
        .containsEntry("custom", Map.of("course", "k5"))
        .containsEntry("lineItem", Map.of("scoreMaximum", 1, "label", "K-5 workshop"));
  }

  @Test
  void noDataIsEchoedWhenThePlatformSentNone() {
    JWTClaimsSet claims =
        DeepLinkResponse.claims(
            new DeepLinking("https://lms.example", "c", "d", "https://lms.example/r", null),
            "k5",
            "K-5",
            "https://p/lti/launch",
            "n",
            NOW);
    assertThat(claims.getClaims()).doesNotContainKey(DeepLinkResponse.DATA);
  }
}
