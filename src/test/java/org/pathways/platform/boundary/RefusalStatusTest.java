package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
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
    assertThat(
            Arrays.stream(Refusal.Kind.values())
                .map(kind -> RefusalStatus.title(kind, Locale.ENGLISH)))
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
    assertThat(RefusalStatus.statusTitle(400, Locale.ENGLISH)).isEqualTo("Bad request");
    assertThat(RefusalStatus.statusTitle(405, Locale.ENGLISH)).isEqualTo("Method not allowed");
    assertThat(RefusalStatus.statusTitle(429, Locale.ENGLISH)).isEqualTo("Too many requests");
    assertThat(RefusalStatus.statusTitle(418, Locale.ENGLISH)).isEqualTo("Request failed");
  }

  @Test
  void aReaderOfSpanishGetsTheTitlesInSpanish() {
    Locale spanish = Locale.forLanguageTag("es-US");
    assertThat(RefusalStatus.title(Refusal.Kind.NOT_FOUND, spanish))
        .isNotEqualTo("Not found")
        .isNotBlank();
    assertThat(RefusalStatus.statusTitle(405, spanish)).isNotEqualTo("Method not allowed");
  }
}
