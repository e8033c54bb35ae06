package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Invalidation;

class SharedCacheInvalidationTest {

  @Test
  void aChangeCrossesTheGridAsTextAndComesBackTheSame() {
    Invalidation token = new Invalidation("identity:token", "6f1c0d52-7d6e-4a7e-9a55-0b1f0f3f8a11");
    assertThat(SharedCacheInvalidation.parse(SharedCacheInvalidation.text(token))).contains(token);
  }

  @Test
  void aKeyMayHoldAnyCharacterTheRegionDoesNot() {
    Invalidation odd = new Invalidation("learning:state", "a\nb:c");
    assertThat(SharedCacheInvalidation.parse(SharedCacheInvalidation.text(odd))).contains(odd);
  }

  @Test
  void aMessageThatNamesNoRegionIsIgnored() {
    assertThat(SharedCacheInvalidation.parse("no separator")).isEmpty();
    assertThat(SharedCacheInvalidation.parse("\nkey only")).isEmpty();
    assertThat(SharedCacheInvalidation.parse(null)).isEmpty();
  }
}
