package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidationTextsTest {

  @Test
  void aConstraintsKeyIsReadInTheReadersLanguage() {
    assertThat(ValidationTexts.in(Languages.SPANISH, "{identity.zip.invalid}", "Please enter..."))
        .isEqualTo("Escriba un código postal de 5 dígitos, como 80202.");
    assertThat(ValidationTexts.in(Locale.ENGLISH, "{identity.zip.invalid}", "whatever"))
        .isEqualTo("Please enter a 5-digit ZIP code, like 80202.");
  }

  @Test
  void anythingElseKeepsTheValidatorsSentence() {
    assertThat(ValidationTexts.in(Languages.SPANISH, "must not be null", "must not be null"))
        .isEqualTo("must not be null");
    assertThat(ValidationTexts.in(Languages.SPANISH, "{no.such.key}", "the validator's"))
        .isEqualTo("the validator's");
    assertThat(ValidationTexts.in(Locale.FRENCH, "{identity.zip.invalid}", "x"))
        .startsWith("Please enter");
  }
}
