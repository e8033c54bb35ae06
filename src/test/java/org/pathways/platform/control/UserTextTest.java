package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTextTest {

  @Test
  void theSearchHighlightMarkersCannotBeWrittenIntoAText() {
    assertThat(UserText.clean("a \u0002fake\u0003 mark\u0004")).isEqualTo("a fake mark");
  }

  @Test
  void everyOtherControlCharacterIsDroppedToo() {
    assertThat(UserText.clean("n\u0000u\u001bl\u007fl\u0085\u009bx\u000b\u000c"))
        .isEqualTo("nullx");
  }

  @Test
  void linesAndTabsStayAndCarriageReturnsBecomeNewlines() {
    assertThat(UserText.clean("one\r\ntwo\rthree\n\tfour\r\n\r\n"))
        .isEqualTo("one\ntwo\nthree\n\tfour\n\n");
  }

  @Test
  void emojiAccentsAndRightToLeftTextAreKept() {
    String text = "Café 👩‍🏫 מורה\u200f ‎ok\u200e ١٢٣ 教师";
    assertThat(UserText.clean(text)).isSameAs(text);
  }

  @Test
  void halfASurrogatePairIsDropped() {
    assertThat(UserText.clean("a\ud83db\udc69c")).isEqualTo("abc");
    assertThat(UserText.clean("end\ud83d")).isEqualTo("end");
  }

  @Test
  void noTextStaysNoText() {
    assertThat(UserText.clean(null)).isNull();
    assertThat(UserText.clean("")).isEmpty();
  }
}
