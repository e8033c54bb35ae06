package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogTextTest {

  @Test
  void userInputCannotStartANewLogLine() {
    String forged = "bob@school.test\n2026-11-28 INFO signin.succeeded admin\r\u2028";

    assertThat(LogText.safe(forged))
        .doesNotContain("\n", "\r", "\u2028")
        .startsWith("bob@school.test_");
  }

  @Test
  void longInputIsCut() {
    assertThat(LogText.safe("x".repeat(1000))).hasSize(203);
  }

  @Test
  void nothingBecomesEmpty() {
    assertThat(LogText.safe(null)).isEmpty();
  }
}
