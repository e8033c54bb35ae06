package org.pathways.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.Refusals.english;

import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void theApiDetailIsTheKeysEnglishSentenceWithItsBracesAndQuotes() {
    Refusal refusal = Refusal.invalid("body", "forum.api.threadJson");
    assertThat(english(refusal))
        .isEqualTo("Send the thread as JSON: {\"title\": ..., \"body\": ...}.");
    assertThat(refusal.message().key()).isEqualTo("forum.api.threadJson");
    assertThat(english(Refusal.invalid("body", "forum.api.changeJson")))
        .isEqualTo("Send {\"locked\", \"pinned\" or \"space\"}.");
  }

  @Test
  void aMissingThreadIsNotFoundInPlainWords() {
    Refusal refusal = Refusal.notFound("forum.thread.notFound");
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(english(refusal)).isEqualTo("There is no such thread, or you may not see it.");
  }

  @Test
  void anyOtherReasonKeepsItsKind() {
    Refusal refusal = Refusal.of(Refusal.Kind.FORBIDDEN, "forum.moderatorsOnly");
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    assertThat(english(refusal)).isEqualTo("Only the moderators of this space can do that.");
  }
}
