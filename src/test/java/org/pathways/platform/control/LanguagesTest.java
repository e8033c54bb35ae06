package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {

  @Test
  void aBrowserAskingForSpanishOfAnyRegionGetsSpanish() {
    assertThat(Languages.accepted("es-MX,es;q=0.9,en;q=0.8")).isEqualTo(Languages.SPANISH);
    assertThat(Languages.accepted("es-419")).isEqualTo(Languages.SPANISH);
  }

  @Test
  void theFirstSupportedLanguageByWeightWins() {
    assertThat(Languages.accepted("fr-CA,fr;q=0.9,es;q=0.5,en;q=0.4")).isEqualTo(Languages.SPANISH);
    assertThat(Languages.accepted("en-US,en;q=0.9,es;q=0.8")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.accepted("es;q=0,en")).isEqualTo(Languages.ENGLISH);
  }

  @Test
  void noUsableHeaderMeansEnglish() {
    assertThat(Languages.accepted(null)).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.accepted("")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.accepted("de,fr;q=0.5")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.accepted(";;;q=x")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.accepted("*")).isEqualTo(Languages.ENGLISH);
  }

  @Test
  void aChoiceCountsBeforeTheBrowser() {
    assertThat(Languages.chosen("en", "es")).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.chosen("es", "en")).isEqualTo(Languages.SPANISH);
    assertThat(Languages.chosen("klingon", "es")).isEqualTo(Languages.SPANISH);
    assertThat(Languages.chosen(null, null)).isEqualTo(Languages.ENGLISH);
  }
}
