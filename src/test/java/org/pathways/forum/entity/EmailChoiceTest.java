package org.pathways.forum.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailChoiceTest {

  @Test
  void aChoiceIsNamedExactly() {
    assertThat(EmailChoice.parse("EACH_POST")).contains(EmailChoice.EACH_POST);
    assertThat(EmailChoice.parse("NONE")).contains(EmailChoice.NONE);
  }

  @Test
  void anythingElseIsNoChoice() {
    assertThat(EmailChoice.parse(null)).isEmpty();
    assertThat(EmailChoice.parse("")).isEmpty();
    assertThat(EmailChoice.parse("daily")).isEmpty();
    assertThat(EmailChoice.parse(" DAILY")).isEmpty();
  }
}
