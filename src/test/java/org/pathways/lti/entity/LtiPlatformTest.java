package org.pathways.lti.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.platform.control.FrameAncestors;

class LtiPlatformTest {

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
    assertThat(platform().framingOrigins("https://springfield.instructure.com"))
        .containsExactly(
            "https://canvas.instructure.com",
            "https://sso.canvaslms.com",
            "https://springfield.instructure.com");
  }

  @Test
  void withoutAnOriginOnlyThePlatformsOwnOriginsFrame() {
    assertThat(platform().framingOrigins(null))
        .containsExactly("https://canvas.instructure.com", "https://sso.canvaslms.com");
    assertThat(platform().framingOrigins("null")).hasSize(2);
  }

  @Test
  void anOriginThatIsNotAPlainOriginNeverReachesTheHeader() {
    String kept =
        FrameAncestors.value(platform().framingOrigins("https://x.example; script-src *"));
    assertThat(kept).doesNotContain("script-src").doesNotContain("x.example");
  }
}
