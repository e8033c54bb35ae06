package org.pathways.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathways.forum.entity.ForumPost;

class PostAccessTest {

  private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
  private static final UUID AUTHOR = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();
  private static final UUID MODERATOR = UUID.randomUUID();

  enum State {
    NORMAL,
    EDITED,
    DELETED,
    HIDDEN,
    HIDDEN_THEN_DELETED
  }

  enum Reader {
    AUTHOR,
    MODERATOR,
    AUTHOR_WHO_MODERATES,
    OTHER_MEMBER,
    NOBODY_SIGNED_IN
  }

  private static ForumPost post(State state) {
    ForumPost post = new ForumPost(UUID.randomUUID(), 1, AUTHOR, "My text", AT);
    switch (state) {
      case NORMAL -> {}
      case EDITED -> post.edit("My better text", AT.plusSeconds(60));
      case DELETED -> post.delete(AT.plusSeconds(60));
      case HIDDEN -> post.hide(MODERATOR, AT.plusSeconds(60));
      case HIDDEN_THEN_DELETED -> {
        post.hide(MODERATOR, AT.plusSeconds(60));
        post.delete(AT.plusSeconds(120));
      }
    }
    return post;
  }

  private static PostAccess access(State state, Reader reader) {
    ForumPost post = post(state);
    return switch (reader) {
      case AUTHOR -> PostAccess.of(post, AUTHOR, false);
      case MODERATOR -> PostAccess.of(post, MODERATOR, true);
      case AUTHOR_WHO_MODERATES -> PostAccess.of(post, AUTHOR, true);
      case OTHER_MEMBER -> PostAccess.of(post, OTHER, false);
      case NOBODY_SIGNED_IN -> PostAccess.of(post, null, false);
    };
  }

  /** Every reader against every state of a post: whether they see its text, open its editor. */
  @ParameterizedTest(name = "{1} on a {0} post: text {2}, editor {3}")
  @CsvSource({
    "NORMAL,              AUTHOR,               true,  true",
    "NORMAL,              MODERATOR,            true,  true",
    "NORMAL,              AUTHOR_WHO_MODERATES, true,  true",
    "NORMAL,              OTHER_MEMBER,         true,  false",
    "NORMAL,              NOBODY_SIGNED_IN,     true,  false",
    "EDITED,              AUTHOR,               true,  true",
    "EDITED,              MODERATOR,            true,  true",
    "EDITED,              AUTHOR_WHO_MODERATES, true,  true",
    "EDITED,              OTHER_MEMBER,         true,  false",
    "EDITED,              NOBODY_SIGNED_IN,     true,  false",
    "DELETED,             AUTHOR,               true,  false",
    "DELETED,             MODERATOR,            true,  false",
    "DELETED,             AUTHOR_WHO_MODERATES, true,  false",
    "DELETED,             OTHER_MEMBER,         false, false",
    "DELETED,             NOBODY_SIGNED_IN,     false, false",
    "HIDDEN,              AUTHOR,               true,  true",
    "HIDDEN,              MODERATOR,            true,  true",
    "HIDDEN,              AUTHOR_WHO_MODERATES, true,  true",
    "HIDDEN,              OTHER_MEMBER,         false, false",
    "HIDDEN,              NOBODY_SIGNED_IN,     false, false",
    "HIDDEN_THEN_DELETED, AUTHOR,               true,  false",
    "HIDDEN_THEN_DELETED, MODERATOR,            true,  false",
    "HIDDEN_THEN_DELETED, AUTHOR_WHO_MODERATES, true,  false",
    "HIDDEN_THEN_DELETED, OTHER_MEMBER,         false, false",
    "HIDDEN_THEN_DELETED, NOBODY_SIGNED_IN,     false, false"
  })
  void whoSeesAPostsTextAndWhoOpensItsEditor(
      State state, Reader reader, boolean text, boolean edit) {
    assertThat(access(state, reader)).isEqualTo(new PostAccess(text, edit));
  }

  @Test
  void theTableAboveCoversEveryReaderAndEveryState() {
    // A new state or reader must be decided on, not fall through to a default.
    assertThat(State.values()).hasSize(5);
    assertThat(Reader.values()).hasSize(5);
  }

  @Test
  void anotherMemberNeverSeesTheTextOfAPostThatIsGoneNorOpensItsEditor() {
    for (State gone : new State[] {State.DELETED, State.HIDDEN, State.HIDDEN_THEN_DELETED}) {
      assertThat(access(gone, Reader.OTHER_MEMBER)).as(gone.name()).isEqualTo(PostAccess.NONE);
    }
  }

  @Test
  void restoringAHiddenPostGivesItsTextBackToEveryReader() {
    ForumPost post = post(State.HIDDEN);
    post.restore();
    assertThat(PostAccess.of(post, OTHER, false).text()).isTrue();
  }
}
