package org.pathways.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A teacher's grade band speaks the catalog's language. */
class GradeBandTest {

  @Test
  void everyBandIsFoundByItsCatalogCodeAndNothingElseIs() {
    for (GradeBand band : GradeBand.values()) {
      assertThat(GradeBand.of(band.code())).contains(band);
      assertThat(band.code()).matches(GradeBand.PATTERN);
    }
    assertThat(GradeBand.of("K-12")).as("a course's band, not a teacher's").isEmpty();
    assertThat(GradeBand.of(null)).isEmpty();
    assertThat(GradeBand.of("MIDDLE_SCHOOL")).isEmpty();
  }

  @Test
  void theApiPatternAcceptsNothingButTheCodesOrEmpty() {
    assertThat("").matches(GradeBand.PATTERN);
    assertThat(Arrays.stream(GradeBand.values()).map(GradeBand::code))
        .containsExactly("K-5", "6-8", "9-12");
    assertThat("6-9").doesNotMatch(GradeBand.PATTERN);
    assertThat("k-5").doesNotMatch(GradeBand.PATTERN);
  }

  @Test
  void aProfileKeepsTheBandAndForgetsItWhenNotSaid() {
    Account account = new Account("t@school.test", "T", "hash", java.time.Instant.EPOCH);
    account.describe(
        new Account.Profile("T", null, null, null, null, GradeBand.MIDDLE_SCHOOL),
        java.time.Instant.EPOCH);
    assertThat(account.getGradeBand()).isEqualTo(GradeBand.MIDDLE_SCHOOL);

    account.describe(
        new Account.Profile("T", null, null, null, null, null), java.time.Instant.EPOCH);
    assertThat(account.getGradeBand()).isNull();
  }
}
