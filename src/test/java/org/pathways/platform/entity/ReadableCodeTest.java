package org.pathways.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableCodeTest {

  @Test
  void aNewCodeHasOnlyCharactersThatCannotBeMistakenForOneAnother() {
    for (int i = 0; i < 200; i++) {
      assertThat(ReadableCode.random(8)).hasSize(8).doesNotContainPattern("[01ILOU]");
    }
  }

  @Test
  void aTypedCodeIsComparedWithoutCaseSpacesOrDashes() {
    assertThat(ReadableCode.normalize(" abcd-ef 23 ")).isEqualTo("ABCDEF23");
    assertThat(ReadableCode.normalize(null)).isEmpty();
  }

  @Test
  void anEightCharacterCodeIsShownInTwoGroupsOfFour() {
    assertThat(ReadableCode.grouped("ABCDEF23")).isEqualTo("ABCD-EF23");
    assertThat(ReadableCode.grouped("ABC234")).isEqualTo("ABC234");
  }
}
