package org.pathways.lti.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.lti.entity.LtiPlatform;
import org.pathways.lti.entity.PlatformRequest;
import org.pathways.platform.control.FrameAncestors;

class LtiLaunchesTest {

  private static LtiPlatform platform() {
    PlatformRequest request = new PlatformRequest();
    request.issuer = "https://canvas.instructure.com";
    request.clientId = "10000000000001";
    request.deploymentIds = List.of("1:abc");
    request.authLoginUrl = "https://sso.canvaslms.com/api/lti/authorize_redirect";
    request.authTokenUrl = "https://sso.canvaslms.com/login/oauth2/token";
    request.jwksUrl = "https://sso.canvaslms.com/api/lti/security/jwks";
    return new LtiPlatform(request, Instant.now());
  }

  @Test
  void aHostedLmsFramesFromTheDistrictsOwnHostTheLaunchWasPostedFrom() {
    assertThat(LtiLaunches.framingOrigins(platform(), "https://springfield.instructure.com"))
        .containsExactly(
            "https://canvas.instructure.com",
            "https://sso.canvaslms.com",
            "https://springfield.instructure.com");
  }

  @Test
  void withoutAnOriginOnlyThePlatformsOwnOriginsFrame() {
    assertThat(LtiLaunches.framingOrigins(platform(), null))
        .containsExactly("https://canvas.instructure.com", "https://sso.canvaslms.com");
    assertThat(LtiLaunches.framingOrigins(platform(), "null")).hasSize(2);
  }

  @Test
  void anOriginThatIsNotAPlainOriginNeverReachesTheHeader() {
    String kept =
        FrameAncestors.value(
            LtiLaunches.framingOrigins(platform(), "https://x.example; script-src *"));
    assertThat(kept).doesNotContain("script-src").doesNotContain("x.example");
  }
}
