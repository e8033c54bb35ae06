package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Refusal;

class ForumTextTest {

  @Test
  void aSearchSnippetIsEscapedBeforeItIsHighlighted() {
    assertThat(ForumSearch.highlight("a <b> & \u0002loops\u0003 \"q\"\u0004end"))
        .isEqualTo("a &lt;b&gt; &amp; <mark>loops</mark> &quot;q&quot; … end");
  }

  @Test
  void aQuoteNamesItsAuthorAndQuotesEveryLine() {
    assertThat(Forum.quote("Ann *Lee*", "one\ntwo"))
        .isEqualTo("> **Ann Lee** wrote:\n>\n> one\n> two");
  }

  @Test
  void titlesAndBodiesAreCheckedWithPlainReasons() {
    assertThat(Forum.checkTitle("  Two   spaces ")).isEqualTo("Two spaces");
    assertThatThrownBy(() -> Forum.checkTitle(" "))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("title");
    assertThatThrownBy(() -> Forum.checkBody("x".repeat(20_001)))
        .isInstanceOf(Refusal.class)
        .hasMessageContaining("20,000");
    assertThat(Forum.checkBody(" ok ")).isEqualTo("ok");
  }
}
