package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FeedSecretTest {

  private static final UUID ACCOUNT = UUID.fromString("0b6d6f7e-4c1a-4a5e-9a43-2f0a8c1d2e3f");
  private static final UUID NONCE = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");

  @Test
  void theSameAccountAndNonceShowTheSameAddressAgain() {
    assertThat(FeedSecret.derive("key", ACCOUNT, NONCE))
        .isEqualTo(FeedSecret.derive("key", ACCOUNT, NONCE))
        .hasSize(43)
        .matches(FeedSecret::wellFormed);
  }

  @Test
  void aNewNonceOrAnotherKeyGivesAnUnrelatedSecret() {
    String secret = FeedSecret.derive("key", ACCOUNT, NONCE);

    assertThat(FeedSecret.derive("key", ACCOUNT, UUID.randomUUID())).isNotEqualTo(secret);
    assertThat(FeedSecret.derive("another key", ACCOUNT, NONCE)).isNotEqualTo(secret);
  }

  @Test
  void whatIsStoredIsNotTheSecret() {
    String secret = FeedSecret.derive("key", ACCOUNT, NONCE);

    assertThat(FeedSecret.hash(secret)).hasSize(64).isNotEqualTo(secret).doesNotContain(secret);
  }
}
