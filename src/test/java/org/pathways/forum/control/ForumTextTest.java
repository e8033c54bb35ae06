package org.pathways.forum.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.pathways.testing.Refusals.english;

import org.junit.jupiter.api.Test;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

class ForumTextTest {

  @Test
  void aTitleLosesItsOuterAndRepeatedSpaces() {
    assertThat(ForumText.title("  Two \t  spaces\n ")).isEqualTo("Two spaces");
  }

  @Test
  void aBlankTitleIsRefusedWithItsKeyAndSentence() {
    Refusal refusal = catchThrowableOfType(Refusal.class, () -> ForumText.title(" \u0007 "));
    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
    assertThat(english(refusal)).isEqualTo("Give the thread a title.");
    assertThat(refusal.message().key()).isEqualTo("forum.title.required");
    assertThat(refusal.errors()).extracting(Refusal.FieldError::field).containsExactly("title");
  }

  @Test
  void aTitleHasAtMostTwoHundredCharacters() {
    assertThat(ForumText.title("t".repeat(200))).hasSize(200);
    Refusal refusal = catchThrowableOfType(Refusal.class, () -> ForumText.title("t".repeat(201)));
    assertThat(english(refusal)).isEqualTo("A title has at most 200 characters.");
  }

  @Test
  void aBodyIsStrippedAndAnEmptyOneIsRefused() {
    assertThat(ForumText.body(" ok \n")).isEqualTo("ok");
    Refusal refusal = catchThrowableOfType(Refusal.class, () -> ForumText.body(null));
    assertThat(english(refusal)).isEqualTo("Write something first.");
    assertThat(refusal.errors()).extracting(Refusal.FieldError::field).containsExactly("body");
  }

  @Test
  void aTooLongBodyTellsItsLengthPlainInTheApiAndAsANumberOnPages() {
    assertThat(ForumText.body("x".repeat(20_000))).hasSize(20_000);
    Refusal refusal = catchThrowableOfType(Refusal.class, () -> ForumText.body("x".repeat(20_001)));
    assertThat(english(refusal))
        .isEqualTo("A post has at most 20,000 characters; yours has 20001.");
    assertThat(refusal.message().key()).isEqualTo("forum.body.tooLong");
    assertThat(refusal.message().arguments()).containsExactly(20_001);
    assertThat(refusal.errors())
        .extracting(e -> e.field() + ": " + Texts.english(e.message()))
        .containsExactly("body: A post has at most 20,000 characters; yours has 20001.");
  }

  @Test
  void aPreviewMayBeEmptyButNotTooLong() {
    assertThat(ForumText.preview(null)).isEmpty();
    assertThat(ForumText.preview(" *hi* ")).isEqualTo(" *hi* ");
    Refusal refusal =
        catchThrowableOfType(Refusal.class, () -> ForumText.preview("x".repeat(20_001)));
    assertThat(english(refusal)).isEqualTo("A post has at most 20,000 characters.");
  }

  @Test
  void aStepTitleIsCutToATitlesLength() {
    assertThat(ForumText.stepTitle("Loops")).isEqualTo("Loops");
    assertThat(ForumText.stepTitle("s".repeat(250))).hasSize(200);
  }

  @Test
  void aQuoteNamesItsAuthorWithoutMarkupAndQuotesEveryLine() {
    assertThat(ForumText.quote("Ann *Lee*", "one\ntwo"))
        .isEqualTo("> **Ann Lee** wrote:\n>\n> one\n> two");
  }

  @Test
  void aQuoteKeepsTheFirstFortyLines() {
    String body = String.join("\n", java.util.Collections.nCopies(50, "line"));
    assertThat(ForumText.quote("Ann", body).lines().filter(l -> l.equals("> line"))).hasSize(40);
  }
}
