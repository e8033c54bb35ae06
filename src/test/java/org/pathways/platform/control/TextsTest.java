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
}
