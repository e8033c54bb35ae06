package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedSignInRemovalTest {

  @Test
  void aPasswordKeepsAWayInSoAnyLinkMayGo() {
    assertThat(LinkedSignInRemoval.allowed(true, 1)).isTrue();
  }

  @Test
  void anotherLinkKeepsAWayIn() {
    assertThat(LinkedSignInRemoval.allowed(false, 2)).isTrue();
  }

  @Test
  void theOnlyWayInStays() {
    assertThat(LinkedSignInRemoval.allowed(false, 1)).isFalse();
  }

  @Test
  void thePasswordMayGoOnlyWhileALinkedSignInStays() {
    assertThat(LinkedSignInRemoval.passwordMayGo(1)).isTrue();
    assertThat(LinkedSignInRemoval.passwordMayGo(0)).isFalse();
  }
}
