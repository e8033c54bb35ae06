package org.pathways.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OidcAttemptTest {

  private static final Instant START = Instant.parse("2026-12-01T10:00:00Z");
  private final OidcAttempt attempt =
      new OidcAttempt("key", "district", "the-state", "n", "v", "/catalog", START.plusSeconds(600));

  @Test
  void theCallbackOfItsProviderWithItsStateWithinTenMinutesIsAnswered() {
    assertThat(attempt.answers("district", "the-state", START.plusSeconds(599))).isTrue();
  }

  @Test
  void anExpiredAttemptAnswersNothing() {
    assertThat(attempt.answers("district", "the-state", START.plusSeconds(600))).isFalse();
  }

  @Test
  void anotherStateOrProviderIsRefused() {
    assertThat(attempt.answers("district", "forged", START)).isFalse();
    assertThat(attempt.answers("google", "the-state", START)).isFalse();
  }
}
