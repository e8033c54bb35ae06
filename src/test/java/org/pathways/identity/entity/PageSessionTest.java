package org.pathways.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageSessionTest {

  private static final Instant OPENED = Instant.parse("2026-09-01T08:00:00Z");
  private final UUID account = UUID.randomUUID();
  private final PageSession session = new PageSession(account, OPENED);

  @Test
  void aSessionIsLiveForItsOwnAccountOnly() {
    assertThat(session.liveFor(account)).isTrue();
    assertThat(session.liveFor(UUID.randomUUID())).isFalse();
  }

  @Test
  void aRevokedSessionIsNotLiveAndKeepsTheFirstRevocationTime() {
    session.revoke(OPENED.plusSeconds(60));
    session.revoke(OPENED.plusSeconds(120));

    assertThat(session.liveFor(account)).isFalse();
    assertThat(session.getRevokedAt()).isEqualTo(OPENED.plusSeconds(60));
    assertThat(session.getCreatedAt()).isEqualTo(OPENED);
  }
}
