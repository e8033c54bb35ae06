package org.pathways.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant ISSUED = Instant.parse("2026-09-01T08:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2026-10-01T08:00:00Z");
  private final ApiToken token =
      new ApiToken(UUID.randomUUID(), "hash", ApiToken.Purpose.API, ISSUED, EXPIRES);

  @Test
  void aTokenIsValidUntilItExpires() {
    assertThat(token.validAt(EXPIRES.minusSeconds(1))).isTrue();
    assertThat(token.validAt(EXPIRES)).isFalse();
  }

  @Test
  void aRevokedTokenIsNeverValidAgain() {
    token.revoke(ISSUED.plusSeconds(60));
    token.revoke(ISSUED.plusSeconds(120));

    assertThat(token.validAt(ISSUED.plusSeconds(90))).isFalse();
    assertThat(token.getRevokedAt()).isEqualTo(ISSUED.plusSeconds(60));
  }
}
