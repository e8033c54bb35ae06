package org.pathways.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalTest {

  @Test
  void theApiDetailIsTheKeysEnglishSentenceWithItsBracesAndQuotes() {
    Refusal refusal = Refusal.invalid("body", "forum.api.threadJson");
    assertThat(refusal.getMessage())
        .isEqualTo("Send the thread as JSON: {\"title\": ..., \"body\": ...}.");
    assertThat(refusal.messageKey()).isEqualTo("forum.api.threadJson");
    assertThat(Refusal.invalid("body", "forum.api.changeJson").getMessage())
        .isEqualTo("Send {\"locked\", \"pinned\" or \"space\"}.");
  }

  @Test
  void aMissingThreadIsNotFoundInPlainWords() {
    Refusal refusal = Refusal.notFound("forum.thread.notFound");
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(refusal.getMessage()).isEqualTo("There is no such thread, or you may not see it.");
  }

  @Test
  void anyOtherReasonKeepsItsKind() {
    Refusal refusal = Refusal.of(Refusal.Kind.FORBIDDEN, "forum.moderatorsOnly");
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    assertThat(refusal.getMessage()).isEqualTo("Only the moderators of this space can do that.");
  }
}
