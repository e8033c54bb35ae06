package org.pathways.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchSnippetTest {

  @Test
  void theSnippetIsEscapedAndOnlyTheMatchesAreMarked() {
    assertThat(SearchSnippet.html("a <b> & \u0002loops\u0003 \"q\" 'x'\u0004end"))
        .isEqualTo("a &lt;b&gt; &amp; <mark>loops</mark> &#34;q&#34; &#39;x&#39; … end");
  }

  @Test
  void markupInsideAMatchIsEscapedToo() {
    assertThat(SearchSnippet.html("\u0002<script>\u0003")).isEqualTo("<mark>&lt;script&gt;</mark>");
  }

  @Test
  void aSnippetWithoutMatchesIsPlainEscapedText() {
    assertThat(SearchSnippet.html("")).isEmpty();
    assertThat(SearchSnippet.html("1 < 2")).isEqualTo("1 &lt; 2");
  }
}
