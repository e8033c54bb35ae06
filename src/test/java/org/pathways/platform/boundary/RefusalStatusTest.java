package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Refusal;

class RefusalStatusTest {

  @Test
  void eachReasonAnswersWithTheStatusTheApiAlwaysGaveIt() {
    assertThat(Arrays.stream(Refusal.Kind.values()).map(RefusalStatus::of))
        .containsExactly(400, 401, 403, 404, 409, 422, 429, 503);
  }

  @Test
  void eachReasonHasItsEnglishProblemTitleFromTheBundle() {
    assertThat(Arrays.stream(Refusal.Kind.values()).map(RefusalStatus::title))
        .containsExactly(
            "Please check what you entered",
            "Sign-in needed",
            "Not allowed",
            "Not found",
            "Conflict",
            "Cannot be processed",
            "Too many attempts",
            "Busy right now");
  }

  @Test
  void statusesTheRuntimeChoseKeepTheirTitles() {
    assertThat(RefusalStatus.statusTitle(400)).isEqualTo("Bad request");
    assertThat(RefusalStatus.statusTitle(405)).isEqualTo("Method not allowed");
    assertThat(RefusalStatus.statusTitle(429)).isEqualTo("Too many requests");
    assertThat(RefusalStatus.statusTitle(418)).isEqualTo("Request failed");
  }
}
