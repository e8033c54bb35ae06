package org.pathways.reflection.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReflectionLinksTest {

  private static final UUID COHORT = UUID.fromString("7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d");

  @Test
  void theQueueShowsWhatAwaitsFeedbackUnlessAskedForAll() {
    assertThat(ReflectionLinks.queue(COHORT, null))
        .isEqualTo("/reflection/cohort.xhtml?cohort=" + COHORT);
    assertThat(ReflectionLinks.queue(COHORT, "all"))
        .isEqualTo("/reflection/cohort.xhtml?cohort=" + COHORT + "&show=all");
  }

  @Test
  void laterPagesNameTheirNumberAndTheFirstDoesNot() {
    assertThat(ReflectionLinks.queue(COHORT, null, 1)).doesNotContain("page=");
    assertThat(ReflectionLinks.queue(COHORT, "all", 3))
        .isEqualTo("/reflection/cohort.xhtml?cohort=" + COHORT + "&show=all&page=3");
  }
}
