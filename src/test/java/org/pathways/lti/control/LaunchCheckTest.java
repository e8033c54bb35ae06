package org.pathways.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class LaunchCheckTest {

  private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
  private static final LaunchCheck.Expected EXPECTED =
      new LaunchCheck.Expected(
          "https://lms.example", "client-1", List.of("dep-1", "dep-2"), "the-nonce");

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer("https://lms.example")
            .audience("client-1")
            .subject("user-7")
            .issueTime(Date.from(NOW.minusSeconds(5)))
            .expirationTime(Date.from(NOW.plusSeconds(300)))
            .claim("nonce", "the-nonce")
            .claim(LaunchCheck.DEPLOYMENT, "dep-2")
            .claim(LaunchCheck.MESSAGE_TYPE, "LtiResourceLinkRequest")
            .claim(LaunchCheck.VERSION, "1.3.0")
            .claim(LaunchCheck.CUSTOM, Map.of("course", "cs-basics"));
    return change.apply(builder).build();
  }

  private static String problem(UnaryOperator<JWTClaimsSet.Builder> change) {
    return LaunchCheck.problem(claims(change), EXPECTED, NOW).orElse("none");
  }

  @Test
  void aLaunchThatMatchesTheRegistrationPasses() {
    assertThat(problem(b -> b)).isEqualTo("none");
    assertThat(LaunchCheck.course(claims(b -> b))).hasValue("cs-basics");
  }

  @Test
  void anotherIssuerIsRefused() {
    assertThat(problem(b -> b.issuer("https://evil.example"))).isEqualTo("issuer");
  }

  @Test
  void aTokenForAnotherClientIsRefused() {
    assertThat(problem(b -> b.audience("client-2"))).isEqualTo("audience");
  }

  @Test
  void severalAudiencesNeedAnAuthorizedPartyThatIsUs() {
    assertThat(problem(b -> b.audience(List.of("client-1", "other")))).isEqualTo("audience");
    assertThat(problem(b -> b.audience(List.of("client-1", "other")).claim("azp", "other")))
        .isEqualTo("audience");
    assertThat(problem(b -> b.audience(List.of("client-1", "other")).claim("azp", "client-1")))
        .isEqualTo("none");
  }

  @Test
  void anExpiredOrFutureOrAncientTokenIsRefused() {
    assertThat(problem(b -> b.expirationTime(Date.from(NOW.minusSeconds(61)))))
        .isEqualTo("expired");
    assertThat(problem(b -> b.expirationTime(Date.from(NOW.minusSeconds(30))))).isEqualTo("none");
    assertThat(problem(b -> b.issueTime(Date.from(NOW.plusSeconds(120))))).isEqualTo("expired");
    assertThat(problem(b -> b.issueTime(Date.from(NOW.minus(Duration.ofMinutes(11))))))
        .isEqualTo("expired");
    assertThat(problem(b -> b.expirationTime(null))).isEqualTo("expired");
  }

  @Test
  void aNonceOtherThanTheStoredOneIsRefused() {
    assertThat(problem(b -> b.claim("nonce", "another"))).isEqualTo("nonce");
    assertThat(problem(b -> b.claim("nonce", null))).isEqualTo("nonce");
  }

  @Test
  void anUnregisteredDeploymentIsRefused() {
    assertThat(problem(b -> b.claim(LaunchCheck.DEPLOYMENT, "dep-9"))).isEqualTo("deployment");
    assertThat(problem(b -> b.claim(LaunchCheck.DEPLOYMENT, null))).isEqualTo("deployment");
  }

  @Test
  void anotherMessageTypeOrVersionIsRefused() {
    assertThat(problem(b -> b.claim(LaunchCheck.MESSAGE_TYPE, "LtiSubmissionReviewRequest")))
        .isEqualTo("message");
    assertThat(problem(b -> b.claim(LaunchCheck.VERSION, "1.1"))).isEqualTo("message");
  }

  @Test
  void aTokenWithoutSubjectIsRefused() {
    assertThat(problem(b -> b.subject(null))).isEqualTo("token");
  }

  @Test
  void aLinkWithoutCourseNamesNone() {
    assertThat(LaunchCheck.course(claims(b -> b.claim(LaunchCheck.CUSTOM, null)))).isEmpty();
    assertThat(LaunchCheck.course(claims(b -> b.claim(LaunchCheck.CUSTOM, Map.of("x", "y")))))
        .isEmpty();
  }

  @Test
  void aDeepLinkingRequestNeedsAReturnAddress() {
    UnaryOperator<JWTClaimsSet.Builder> deepLinking =
        b -> b.claim(LaunchCheck.MESSAGE_TYPE, LaunchCheck.DEEP_LINKING);
    assertThat(problem(deepLinking)).isEqualTo("message");
    assertThat(
            problem(
                b ->
                    deepLinking
                        .apply(b)
                        .claim(
                            LaunchCheck.DEEP_LINKING_SETTINGS,
                            Map.of("deep_link_return_url", "http://lms.example/return"))))
        .isEqualTo("message");
    UnaryOperator<JWTClaimsSet.Builder> valid =
        b ->
            deepLinking
                .apply(b)
                .claim(
                    LaunchCheck.DEEP_LINKING_SETTINGS,
                    Map.of("deep_link_return_url", "https://lms.example/return", "data", "d-1"));
    assertThat(problem(valid)).isEqualTo("none");
    assertThat(LaunchCheck.deepLinking(claims(valid)))
        .hasValue(new LaunchCheck.DeepLinkingSettings("https://lms.example/return", "d-1"));
    assertThat(LaunchCheck.deepLinking(claims(b -> b))).isEmpty();
  }
}
