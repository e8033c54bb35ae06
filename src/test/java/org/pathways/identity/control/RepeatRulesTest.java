package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepeatRulesTest {

  @Test
  void aKeyIsOneToAHundredVisibleCharacters() {
    assertThat(RepeatRules.validKey("complete-step-7f3a")).isTrue();
    assertThat(RepeatRules.validKey("a".repeat(100))).isTrue();
    assertThat(RepeatRules.validKey("a".repeat(101))).isFalse();
    assertThat(RepeatRules.validKey("")).isFalse();
    assertThat(RepeatRules.validKey("two words")).isFalse();
    assertThat(RepeatRules.validKey("clé")).isFalse();
    assertThat(RepeatRules.validKey(null)).isFalse();
  }

  @Test
  void theSameCallHasTheSameFingerprintAndAnyDifferenceChangesIt() {
    byte[] body = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
    String first = RepeatRules.fingerprint("PUT", "/api/e/1/steps/a/completion", body);
    assertThat(RepeatRules.fingerprint("PUT", "/api/e/1/steps/a/completion", body.clone()))
        .isEqualTo(first);
    assertThat(RepeatRules.fingerprint("POST", "/api/e/1/steps/a/completion", body))
        .isNotEqualTo(first);
    assertThat(RepeatRules.fingerprint("PUT", "/api/e/1/steps/b/completion", body))
        .isNotEqualTo(first);
    assertThat(
            RepeatRules.fingerprint(
                "PUT", "/api/e/1/steps/a/completion", "{\"x\":2}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(first);
  }

  @Test
  void answersThatSayTryAgainAreNotKept() {
    assertThat(RepeatRules.kept(200)).isTrue();
    assertThat(RepeatRules.kept(201)).isTrue();
    assertThat(RepeatRules.kept(204)).isTrue();
    assertThat(RepeatRules.kept(422)).isTrue();
    assertThat(RepeatRules.kept(404)).isTrue();
    assertThat(RepeatRules.kept(409)).isFalse();
    assertThat(RepeatRules.kept(429)).isFalse();
    assertThat(RepeatRules.kept(408)).isFalse();
    assertThat(RepeatRules.kept(500)).isFalse();
    assertThat(RepeatRules.kept(503)).isFalse();
  }
}
