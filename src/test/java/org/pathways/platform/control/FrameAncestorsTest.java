package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameAncestorsTest {

  private static final String POLICY =
      "default-src 'self'; form-action 'self'; frame-ancestors 'none'";

  @Test
  void aSessionWithoutLaunchMayBeFramedByNobody() {
    FrameAncestors.Headers headers = FrameAncestors.headers(POLICY, null, null);
    assertThat(headers.contentSecurityPolicy()).isEqualTo(POLICY);
    assertThat(headers.frameOptions()).isEqualTo("DENY");
  }

  @Test
  void aLaunchedSessionMayBeFramedByItsPlatformAlone() {
    FrameAncestors.Headers headers =
        FrameAncestors.headers(POLICY, "https://lms.example https://sso.lms.example:8443", null);
    assertThat(headers.contentSecurityPolicy())
        .isEqualTo(
            "default-src 'self'; form-action 'self'; frame-ancestors https://lms.example"
                + " https://sso.lms.example:8443");
    assertThat(headers.frameOptions()).isNull();
  }

  @Test
  void anythingButPlainOriginsKeepsNone() {
    for (Object value :
        List.of(
            "https://lms.example; script-src *",
            "*",
            "'self'",
            "https://lms.example/path",
            "javascript:alert(1)",
            "",
            42)) {
      FrameAncestors.Headers headers = FrameAncestors.headers(POLICY, value, value);
      assertThat(headers.contentSecurityPolicy()).as("%s", value).isEqualTo(POLICY);
      assertThat(headers.frameOptions()).isEqualTo("DENY");
    }
  }

  @Test
  void theSessionKeepsOnlyOrigins() {
    assertThat(FrameAncestors.value(List.of("https://lms.example", "https://x.example/a b")))
        .isEqualTo("https://lms.example");
  }

  @Test
  void aDeepLinkingSessionMayPostItsChoiceToThePlatform() {
    FrameAncestors.Headers headers =
        FrameAncestors.headers(POLICY, "https://lms.example", "https://lms.example");
    assertThat(headers.contentSecurityPolicy())
        .isEqualTo(
            "default-src 'self'; form-action 'self' https://lms.example;"
                + " frame-ancestors https://lms.example");
  }

  @Test
  void onlyThePagesALaunchLeadsToMayBeFramed() {
    assertThat(FrameAncestors.launchedPage("/learning/course.xhtml")).isTrue();
    assertThat(FrameAncestors.launchedPage("/learning/step.xhtml")).isTrue();
    assertThat(FrameAncestors.launchedPage("/lti/deep-link.xhtml")).isTrue();
    assertThat(FrameAncestors.launchedPage("/forum/index.xhtml")).isTrue();
    assertThat(FrameAncestors.launchedPage("/identity/profile.xhtml")).isFalse();
    assertThat(FrameAncestors.launchedPage("/admin/lti.xhtml")).isFalse();
    assertThat(FrameAncestors.launchedPage("/learning/../identity/profile.xhtml")).isFalse();
    assertThat(FrameAncestors.launchedPage("/")).isFalse();
    assertThat(FrameAncestors.launchedPage(null)).isFalse();
  }
}
