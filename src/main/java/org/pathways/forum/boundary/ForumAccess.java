package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.Refusal;

/**
 * Finds the thread or post a caller may see: its space must be readable by them, so a cohort's
 * thread or post is not found for outsiders; what they may do with a post's text is {@link
 * PostAccess}.
 */
@ApplicationScoped
public class ForumAccess {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;
  @Inject Authorization authorization;

  /** A thread whose space the caller may read (404 otherwise, for outsiders of a cohort too). */
  public ForumThread readableThread(Caller caller, UUID threadId) {
    authorization.requireSignedIn(caller);
    ForumThread thread = threadId == null ? null : em.find(ForumThread.class, threadId);
    if (thread == null) {
      throw Refusal.notFound("forum.thread.notFound");
    }
    spaces.readable(caller, thread.getSpaceKey());
    return thread;
  }

  /** A post in a thread the caller may read (its text may still be gone for them). */
  public ForumPost readablePost(Caller caller, UUID postId) {
    authorization.requireSignedIn(caller);
    ForumPost post = postId == null ? null : em.find(ForumPost.class, postId);
    if (post == null) {
      throw noSuchPost();
    }
    readableThread(caller, post.getThreadId());
    return post;
  }

  /** Whether the caller moderates the space of this thread (which they may read). */
  public boolean moderates(Caller caller, ForumThread thread) {
    Space space = spaces.readable(caller, thread.getSpaceKey());
    return spaces.moderates(caller, space, spaces.memberships(caller));
  }

  /** What the caller may do with the post's text, as a moderator of its space or not. */
  @Transactional
  public PostAccess access(Caller caller, ForumPost post) {
    ForumThread thread = em.find(ForumThread.class, post.getThreadId());
    return PostAccess.of(post, caller.id(), moderates(caller, thread));
  }

  /** A post whose text the caller may read (404 otherwise: a deleted or hidden post is gone). */
  @Transactional
  public ForumPost postWithText(Caller caller, UUID postId) {
    ForumPost post = readablePost(caller, postId);
    if (!access(caller, post).text()) {
      throw noSuchPost();
    }
    return post;
  }

  /** A post the caller may open in the editor (404 for anyone else, so its text never shows). */
  @Transactional
  public ForumPost editablePost(Caller caller, UUID postId) {
    ForumPost post = readablePost(caller, postId);
    if (!access(caller, post).edit()) {
      throw noSuchPost();
    }
    return post;
  }

  static Refusal noSuchPost() {
    return Refusal.notFound("forum.post.notFound");
  }
}
