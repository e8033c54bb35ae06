package org.pathways.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

  private static final Instant SENT = Instant.parse("2026-09-01T08:00:00Z");
  private final PasswordReset reset =
      new PasswordReset(UUID.randomUUID(), "hash", SENT, SENT.plusSeconds(3600));

  @Test
  void aLinkWorksUntilItExpires() {
    assertThat(reset.usableAt(SENT.plusSeconds(3599))).isTrue();
    assertThat(reset.usableAt(SENT.plusSeconds(3600))).isFalse();
  }

  @Test
  void aLinkWorksOnce() {
    reset.use(SENT.plusSeconds(10));

    assertThat(reset.usableAt(SENT.plusSeconds(11))).isFalse();
  }
}
