package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pathways.forum.control.ForumText;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.control.PostingThrottle;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/**
 * Writing in the forum: starting a thread, replying (and quoting), editing with history, deleting.
 * Texts are checked by {@link ForumText}; posting is throttled per account; the author follows what
 * they post in and has read it.
 */
@ApplicationScoped
public class Posting {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;
  @Inject ForumAccess access;
  @Inject Accounts accounts;
  @Inject PostingThrottle throttle;
  @Inject ForumNotices notices;
  @Inject Follows follows;
  @Inject ReadMarks marks;
  @Inject PostHistory history;
  @Inject Clock clock;

  /** Starts a thread with its first post; the author follows it. */
  @Transactional
  public ForumThread start(Caller caller, String spaceKey, String title, String body) {
    Space space = spaces.readable(caller, spaceKey);
    space.requireWritable();
    String key = space.key();
    String cleanTitle = ForumText.title(title);
    String text = ForumText.body(body);
    throttle(caller);
    Instant now = clock.instant();
    ForumThread thread = new ForumThread(key, cleanTitle, caller.id(), now);
    em.persist(thread);
    // The thread's row first: EclipseLink does not order inserts of unrelated entities.
    em.flush();
    ForumPost first = new ForumPost(thread.getId(), thread.nextSeq(now), caller.id(), text, now);
    em.persist(first);
    em.flush();
    follows.follow(caller.id(), thread.getId(), now);
    marks.mark(caller.id(), thread.getId(), first.getSeq());
    return thread;
  }

  /** Replies, quoting another post of the thread when asked; 409 when the thread is locked. */
  @Transactional
  public ForumPost reply(Caller caller, UUID threadId, String body, UUID quoted) {
    ForumThread found = access.readableThread(caller, threadId);
    spaces.readable(caller, found.getSpaceKey()).requireWritable();
    String text = ForumText.body(body);
    ForumThread thread = em.find(ForumThread.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (thread.isLocked()) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "forum.locked");
    }
    if (quoted != null) {
      ForumPost original = em.find(ForumPost.class, quoted);
      if (original == null
          || !original.getThreadId().equals(thread.getId())
          || !original.visible()) {
        throw Refusal.invalid("quote", "forum.quote.notInThread");
      }
      String name =
          original.getAuthorId() == null
              ? Texts.english("forum.formerMember")
              : accounts
                  .account(original.getAuthorId())
                  .map(Account::getName)
                  .orElse(Texts.english("forum.someone"));
      text = ForumText.body(ForumText.quote(name, original.getBody()) + "\n\n" + text);
    }
    throttle(caller);
    Instant now = clock.instant();
    ForumPost post = new ForumPost(thread.getId(), thread.nextSeq(now), caller.id(), text, now);
    em.persist(post);
    em.flush();
    follows.follow(caller.id(), thread.getId(), now);
    marks.mark(caller.id(), thread.getId(), post.getSeq());
    notices.posted(thread, post, caller.id());
    return post;
  }

  /**
   * Edits a post: its author, or a moderator of the space ({@link PostAccess}). The earlier text is
   * kept. A post whose text the caller may not read is not found for them.
   */
  @Transactional
  public ForumPost edit(Caller caller, UUID postId, String body) {
    ForumPost post = access.readablePost(caller, postId);
    ForumThread thread = em.find(ForumThread.class, post.getThreadId());
    boolean moderator = access.moderates(caller, thread);
    PostAccess may = PostAccess.of(post, caller.id(), moderator);
    if (!may.text()) {
      throw ForumAccess.noSuchPost();
    }
    if (!may.edit()) {
      throw post.getDeletedAt() != null
          ? Refusal.of(Refusal.Kind.CONFLICT, "forum.post.wasDeleted")
          : Refusal.of(Refusal.Kind.FORBIDDEN, "forum.post.authorEdits");
    }
    // An archived space (a closed cohort's) stays as it was, for moderators too; hiding still
    // works.
    spaces.readable(caller, thread.getSpaceKey()).requireWritable();
    if (thread.isLocked() && !moderator) {
      // Pages say "locked" as for a reply; the API's detail says what cannot happen.
      throw Refusal.of(Refusal.Kind.CONFLICT, "forum.locked").withDetail("forum.locked.edit");
    }
    String text = ForumText.body(body);
    throttle(caller);
    Instant now = clock.instant();
    String before = post.edit(text, now);
    if (before != null) {
      history.keep(post, before, caller.id(), now);
    }
    return post;
  }

  /**
   * Deletes the caller's own post: it stays as "deleted" so the thread keeps its order. Allowed in
   * an archived space too: an author may always withdraw their own words, as a moderator may hide.
   */
  @Transactional
  public void delete(Caller caller, UUID postId) {
    ForumPost post = access.readablePost(caller, postId);
    if (!post.writtenBy(caller.id())) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "forum.post.authorDeletes");
    }
    post.delete(clock.instant());
  }

  private void throttle(Caller caller) {
    Optional<Duration> wait = throttle.take(caller.id());
    if (wait.isPresent()) {
      throw Refusal.tooMany(wait.get(), "forum.tooFast", Limiter.seconds(wait.get()));
    }
  }
}
