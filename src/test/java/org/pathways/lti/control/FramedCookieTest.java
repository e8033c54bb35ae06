package org.pathways.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramedCookieTest {

  @Test
  void theSessionCookieBecomesCrossSiteKeepingItsValueAndPath() {
    assertThat(
            FramedCookie.crossSite(
                "JSESSIONID=abc123.x; Path=/; HttpOnly; SameSite=Lax", "JSESSIONID"))
        .hasValue("JSESSIONID=abc123.x; Path=/; HttpOnly; Secure; SameSite=None; Partitioned");
  }

  @Test
  void otherCookiesAndEmptyValuesAreLeftAlone() {
    assertThat(FramedCookie.crossSite("pathways_lti=k; Path=/lti/", "JSESSIONID")).isEmpty();
    assertThat(FramedCookie.crossSite("JSESSIONIDX=k; Path=/", "JSESSIONID")).isEmpty();
    assertThat(FramedCookie.crossSite("JSESSIONID=; Max-Age=0", "JSESSIONID")).isEmpty();
    assertThat(FramedCookie.crossSite(null, "JSESSIONID")).isEmpty();
  }
}
