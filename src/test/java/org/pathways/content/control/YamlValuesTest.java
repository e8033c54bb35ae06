package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Sequencing;

class YamlValuesTest {

  @Test
  void aWholeNumberOutsideItsRangeOrNotANumberIsExplained() {
    assertThat(YamlValues.integer("phase", "3", 1, 9).value()).isEqualTo(3);
    assertThat(english(YamlValues.integer("phase", "12", 1, 9).problem()))
        .isEqualTo("\"phase\" must be from 1 to 9, not 12");
    assertThat(english(YamlValues.integer("phase", "two", 1, 9).problem()))
        .isEqualTo("\"phase\" must be a whole number, not \"two\"");
  }

  @Test
  void aDecimalKeepsTheAuthorsSpellingInTheProblem() {
    BigDecimal min = new BigDecimal("0.5");
    BigDecimal max = new BigDecimal("100");
    assertThat(YamlValues.decimal("pdHours", "6.5", min, max).value()).isEqualByComparingTo("6.5");
    assertThat(english(YamlValues.decimal("pdHours", "0.10", min, max).problem()))
        .isEqualTo("\"pdHours\" must be from 0.5 to 100, not 0.10");
    assertThat(english(YamlValues.decimal("pdHours", "six", min, max).problem()))
        .isEqualTo("\"pdHours\" must be a number, not \"six\"");
  }

  @Test
  void onlyTrueAndFalseAreBooleans() {
    assertThat(YamlValues.bool("required", "false").value()).isFalse();
    assertThat(english(YamlValues.bool("required", "yes").problem()))
        .isEqualTo("\"required\" must be true or false, not \"yes\"");
  }

  @Test
  void aChoiceIgnoresCaseAndNamesEveryAllowedValue() {
    assertThat(YamlValues.choice("sequencing", "strict", Sequencing.class).value())
        .isEqualTo(Sequencing.STRICT);
    assertThat(english(YamlValues.choice("sequencing", "loose", Sequencing.class).problem()))
        .startsWith("\"sequencing\" must be one of ")
        .endsWith(", not \"loose\"");
  }

  private static String english(org.pathways.platform.entity.Message problem) {
    return ProblemText.english(problem);
  }

  @Test
  void aTypoSuggestsTheClosestKeyButAnUnrelatedWordSuggestsNothing() {
    assertThat(YamlValues.closest("titel", List.of("title", "summary"))).contains("title");
    assertThat(YamlValues.closest("colour", List.of("title", "summary"))).isEmpty();
  }
}
