package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Message;

class TextsTest {

  private static final ListResourceBundle WORDS =
      new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
          return new Object[][] {
            {"needs", "Before registering, {0}."},
            {"and", "{0}; and {1}"},
            {"course", "complete \"{0}\" (you are at {1}%)"},
            {"count", "{0} teachers"},
          };
        }
      };

  @Test
  void aSentenceMadeOfSentencesPutsEachPartInWordsFirst() {
    Message sentence =
        Message.of(
            "needs",
            Message.of("and", Message.of("course", "Foundations", "60"), Message.of("count", 3)));

    assertThat(Texts.in(WORDS, Locale.ENGLISH, sentence))
        .isEqualTo(
            "Before registering, complete \"Foundations\" (you are at 60%); and 3 teachers.");
  }

  @Test
  void numbersAreFormattedForTheReadersLocale() {
    assertThat(Texts.in(WORDS, Locale.ENGLISH, Message.of("count", 10_000)))
        .isEqualTo("10,000 teachers");
    assertThat(Texts.in(WORDS, Locale.forLanguageTag("es"), Message.of("count", 10_000)))
        .isEqualTo("10.000 teachers");
  }

  @Test
  void theEnglishBundleAnswersAKeyWithItsArguments() {
    assertThat(Texts.english("workshop.refused.needs.and", "a", "b")).isEqualTo("a; and b");
  }

  @Test
  void spanishReadersGetNumbersAsWrittenInTheUnitedStatesAndOneHourIsSingular() {
    Message hours =
        Message.of(
            "learning.certificate.pdf.hours",
            "1 de diciembre de 2026",
            new java.math.BigDecimal("1.5"));
    assertThat(Texts.in(Languages.SPANISH, hours)).contains("obtuvo 1.5 horas");
    assertThat(
            Texts.in(
                Locale.ENGLISH,
                Message.of(
                    "learning.certificate.pdf.hours",
                    "December 1, 2026",
                    java.math.BigDecimal.ONE)))
        .isEqualTo("on December 1, 2026, earning 1 hour of professional development.");
    assertThat(Texts.in(Languages.SPANISH, Message.of("learning.minutes", 1)))
        .isEqualTo("un minuto, más o menos");
    assertThat(Texts.in(Locale.ENGLISH, Message.of("learning.minutes", 12)))
        .isEqualTo("about 12 minutes");
  }
}
