package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextPageTest {

  private static final String HOME = "/identity/profile.xhtml";

  @Test
  void aPathOfThisSiteIsKept() {
    assertThat(NextPage.safe("/learning/step.xhtml?course=cs-fundamentals&step=intro", HOME))
        .isEqualTo("/learning/step.xhtml?course=cs-fundamentals&step=intro");
    assertThat(NextPage.safe("/forum/thread.xhtml?id=1%2F2&q=a+b", HOME))
        .isEqualTo("/forum/thread.xhtml?id=1%2F2&q=a+b");
    assertThat(NextPage.safe("/", HOME)).isEqualTo("/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "//evil.test",
        "///evil.test",
        "/\\evil.test",
        "\\\\evil.test",
        "\\/evil.test",
        "https://evil.test",
        "HTTPS://evil.test/",
        "javascript:alert(1)",
        "evil.test",
        "/%2F%2Fevil.test",
        "/%2f/evil.test",
        "/%5Cevil.test",
        "/%5c%5cevil.test",
        "/\t/evil.test",
        "/%09/evil.test",
        "/\n/evil.test",
        "/identity/profile.xhtml%0d%0aSet-Cookie:%20x=y",
        "/identity/profile.xhtml\r\nLocation: https://evil.test",
        "/ok/..\\..\\evil",
        "/bad%zzescape",
        "/\u2028/evil.test"
      })
  void anythingThatCouldLeaveTheSiteGoesToTheDefaultPage(String next) {
    assertThat(NextPage.safe(next, HOME)).isEqualTo(HOME);
  }

  @Test
  void noNextGoesToTheDefaultPage() {
    assertThat(NextPage.safe(null, HOME)).isEqualTo(HOME);
  }
}
