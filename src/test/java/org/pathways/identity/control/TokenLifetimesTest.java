package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pathways.identity.entity.ApiToken;

class TokenLifetimesTest {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private final TokenLifetimes lifetimes =
      new TokenLifetimes(Duration.ofDays(30), Duration.ofMinutes(30));

  @Test
  void anApiTokenLivesForDays() {
    assertThat(lifetimes.expiry(ApiToken.Purpose.API, NOW))
        .isEqualTo(Instant.parse("2026-12-30T12:00:00Z"));
  }

  @Test
  void aPageTokenLivesForMinutes() {
    assertThat(lifetimes.expiry(ApiToken.Purpose.PAGE, NOW))
        .isEqualTo(Instant.parse("2026-11-30T12:30:00Z"));
  }
}
