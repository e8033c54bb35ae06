package org.pathways.forum.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ForumLinksTest {

  private static final UUID THREAD = UUID.fromString("4b6f1c2e-0d7a-4e55-9a43-7c1f0e2b9d11");

  @Test
  void aThreadIsItsPageWithItsId() {
    assertThat(ForumLinks.threadPath(THREAD)).isEqualTo("/forum/thread.xhtml?id=" + THREAD);
  }

  @Test
  void aPageOfAThreadNamesThePage() {
    assertThat(ForumLinks.threadPath(THREAD, 0))
        .isEqualTo("/forum/thread.xhtml?id=" + THREAD + "&page=0");
  }

  @Test
  void aPostIsAnAnchorOnItsThreadsPage() {
    assertThat(ForumLinks.postPath(THREAD, 0, 7))
        .isEqualTo("/forum/thread.xhtml?id=" + THREAD + "&page=0#post-7");
  }

  @Test
  void whatTheAddressBarSentIsEncodedNotPassedThrough() {
    assertThat(ForumLinks.threadPath("a&b c", "1"))
        .isEqualTo("/forum/thread.xhtml?id=a%26b+c&page=1");
  }
}
