package org.pathways.forum.control;

import java.util.UUID;
import org.pathways.forum.entity.ForumPost;

/**
 * Who sees a post's text and who may open it in the editor: the one rule behind the API, the thread
 * page, the history page and the editor.
 *
 * <p>A visible post's text is for every reader of its space. Once its author deleted it or a
 * moderator hid it, the text (and its earlier versions) is for its author and the space's
 * moderators only: for anyone else it is gone, not merely greyed out. A post is edited by its
 * author or a moderator, and never once deleted (a deleted post cannot be saved, so its editor does
 * not open either).
 *
 * @param text the caller may read the post's text and its history
 * @param edit the caller may open the post in the editor and save it
 */
public record PostAccess(boolean text, boolean edit) {

  public static final PostAccess NONE = new PostAccess(false, false);

  /** The decision for {@code caller} (null when nobody is signed in) on {@code post}. */
  public static PostAccess of(ForumPost post, UUID caller, boolean moderator) {
    return of(
        post.getDeletedAt() != null, post.getHiddenAt() != null, post.writtenBy(caller), moderator);
  }

  static PostAccess of(boolean deleted, boolean hidden, boolean author, boolean moderator) {
    boolean entitled = author || moderator;
    boolean visible = !deleted && !hidden;
    return new PostAccess(visible || entitled, !deleted && entitled);
  }
}
