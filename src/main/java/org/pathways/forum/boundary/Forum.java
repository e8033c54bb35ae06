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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pathways.content.control.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.control.PostingThrottle;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.UserText;
import org.pathways.platform.entity.Refusal;

/**
 * Threads and posts: starting, replying (and quoting), editing with history, deleting, reading by
 * page with unread markers, following, and the discussion of a step. Every call first finds the
 * space and checks the caller may read it; a cohort's thread or post is not found for outsiders.
 */
@ApplicationScoped
public class Forum {

  public static final int THREADS_PER_PAGE = 20;
  public static final int POSTS_PER_PAGE = 20;

  /** The deepest page of threads a space lists (paging stays bounded; search finds the rest). */
  public static final int DEEPEST_PAGE = 500;

  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 20_000;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;
  @Inject Authorization authorization;
  @Inject Accounts accounts;
  @Inject ContentLibrary library;
  @Inject PostingThrottle throttle;
  @Inject ForumNotices notices;
  @Inject Clock clock;

  /** A page of a space's threads, with the caller's unread counts. */
  public record ThreadPage(
      Space space, List<ForumThread> threads, Map<UUID, Integer> unread, int page, boolean more) {}

  /** A page of a thread's posts, with their authors' names. */
  public record PostPage(
      Space space,
      ForumThread thread,
      List<ForumPost> posts,
      Map<UUID, String> authors,
      int page,
      int pages,
      boolean moderator,
      boolean following,
      int lastRead) {}

  @Transactional
  public ThreadPage threads(Caller caller, String spaceKey, int page) {
    Space space = spaces.readable(caller, spaceKey);
    int shown = Math.min(Math.max(1, page), DEEPEST_PAGE);
    List<ForumThread> threads =
        em.createQuery(
                "select t from ForumThread t where t.spaceKey = :space"
                    + " order by t.pinned desc, t.lastPostAt desc, t.id desc",
                ForumThread.class)
            .setParameter("space", space.key())
            .setFirstResult((shown - 1) * THREADS_PER_PAGE)
            .setMaxResults(THREADS_PER_PAGE + 1)
            .getResultList();
    boolean more = threads.size() > THREADS_PER_PAGE && shown < DEEPEST_PAGE;
    List<ForumThread> listed = threads.subList(0, Math.min(threads.size(), THREADS_PER_PAGE));
    return new ThreadPage(space, List.copyOf(listed), unread(caller, listed), shown, more);
  }

  /** Posts not yet read by the caller, per thread (one query). */
  private Map<UUID, Integer> unread(Caller caller, List<ForumThread> threads) {
    Map<UUID, Integer> unread = new HashMap<>();
    if (threads.isEmpty()) {
      return unread;
    }
    Map<UUID, Integer> read = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select thread_id, last_seq from forum_read where account_id = ?1"
                    + " and thread_id = any(cast(?2 as uuid[]))")
            .setParameter(1, caller.id())
            .setParameter(2, uuidArray(threads.stream().map(ForumThread::getId).toList()))
            .getResultList()) {
      Object[] r = (Object[]) row;
      read.put((UUID) r[0], ((Number) r[1]).intValue());
    }
    for (ForumThread thread : threads) {
      unread.put(
          thread.getId(),
          Math.max(0, thread.getPostCount() - read.getOrDefault(thread.getId(), 0)));
    }
    return unread;
  }

  /** Starts a thread with its first post; the author follows it. */
  @Transactional
  public ForumThread start(Caller caller, String spaceKey, String title, String body) {
    Space space = spaces.readable(caller, spaceKey);
    String cleanTitle = checkTitle(title);
    String text = checkBody(body);
    throttle(caller);
    Instant now = clock.instant();
    ForumThread thread = new ForumThread(space.key(), cleanTitle, caller.id(), now);
    em.persist(thread);
    // The thread's row first: EclipseLink does not order inserts of unrelated entities.
    em.flush();
    ForumPost first = new ForumPost(thread.getId(), thread.nextSeq(now), caller.id(), text, now);
    em.persist(first);
    em.flush();
    follow(caller.id(), thread.getId(), now);
    markRead(caller.id(), thread.getId(), first.getSeq());
    return thread;
  }

  /** A page of a thread the caller may read (the last page when {@code page} is 0 or beyond). */
  @Transactional
  public PostPage thread(Caller caller, UUID threadId, int page) {
    ForumThread thread = readableThread(caller, threadId);
    Space space = spaces.readable(caller, thread.getSpaceKey());
    boolean moderator = spaces.moderates(caller, space, spaces.memberships(caller));
    int pages = Math.max(1, (thread.getPostCount() + POSTS_PER_PAGE - 1) / POSTS_PER_PAGE);
    int shown = page <= 0 || page > pages ? pages : page;
    // Posts are numbered in the thread: a page is a range of numbers, as fast on page 100 as on 1.
    List<ForumPost> posts =
        em.createQuery(
                "select p from ForumPost p where p.threadId = :thread"
                    + " and p.seq > :from and p.seq <= :to order by p.seq",
                ForumPost.class)
            .setParameter("thread", thread.getId())
            .setParameter("from", (shown - 1) * POSTS_PER_PAGE)
            .setParameter("to", shown * POSTS_PER_PAGE)
            .getResultList();
    Map<UUID, String> authors = new HashMap<>();
    accounts
        .accounts(posts.stream().map(ForumPost::getAuthorId).filter(a -> a != null).toList())
        .forEach(a -> authors.put(a.getId(), a.getName()));
    List<Object> read =
        em.createNativeQuery(
                "select last_seq from forum_read where account_id = ?1 and thread_id = ?2")
            .setParameter(1, caller.id())
            .setParameter(2, thread.getId())
            .getResultList();
    boolean following =
        !em.createNativeQuery("select 1 from forum_follow where account_id = ?1 and thread_id = ?2")
            .setParameter(1, caller.id())
            .setParameter(2, thread.getId())
            .getResultList()
            .isEmpty();
    return new PostPage(
        space,
        thread,
        posts,
        authors,
        shown,
        pages,
        moderator,
        following,
        read.isEmpty() ? 0 : ((Number) read.get(0)).intValue());
  }

  /** Replies, quoting another post of the thread when asked; 409 when the thread is locked. */
  @Transactional
  public ForumPost reply(Caller caller, UUID threadId, String body, UUID quoted) {
    ForumThread found = readableThread(caller, threadId);
    String text = checkBody(body);
    ForumThread thread = em.find(ForumThread.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (thread.isLocked()) {
      throw new Refusal(Refusal.Kind.CONFLICT, "This thread is locked: no more replies.")
          .keyed("forum.locked");
    }
    if (quoted != null) {
      ForumPost original = em.find(ForumPost.class, quoted);
      if (original == null
          || !original.getThreadId().equals(thread.getId())
          || !original.visible()) {
        throw Refusal.invalid("quote", "The post to quote is not in this thread.");
      }
      String name =
          original.getAuthorId() == null
              ? "A former member"
              : accounts.account(original.getAuthorId()).map(Account::getName).orElse("Someone");
      text = quote(name, original.getBody()) + "\n\n" + text;
      text = checkBody(text);
    }
    throttle(caller);
    Instant now = clock.instant();
    ForumPost post = new ForumPost(thread.getId(), thread.nextSeq(now), caller.id(), text, now);
    em.persist(post);
    em.flush();
    follow(caller.id(), thread.getId(), now);
    markRead(caller.id(), thread.getId(), post.getSeq());
    notices.posted(thread, post, caller.id());
    return post;
  }

  /** Markdown quoting another post: its lines behind "> ", after who wrote it. */
  static String quote(String name, String body) {
    String safeName = name.replaceAll("[\\\\`*_\\[\\]<>#|]", "");
    StringBuilder quoted = new StringBuilder("> **").append(safeName).append("** wrote:\n>\n");
    body.lines().limit(40).forEach(line -> quoted.append("> ").append(line).append('\n'));
    return quoted.toString().stripTrailing();
  }

  /**
   * Edits a post: its author, or a moderator of the space ({@link PostAccess}). The earlier text is
   * kept. A post whose text the caller may not read is not found for them.
   */
  @Transactional
  public ForumPost edit(Caller caller, UUID postId, String body) {
    ForumPost post = readablePost(caller, postId);
    ForumThread thread = em.find(ForumThread.class, post.getThreadId());
    Space space = spaces.readable(caller, thread.getSpaceKey());
    boolean moderator = spaces.moderates(caller, space, spaces.memberships(caller));
    PostAccess access = PostAccess.of(post, caller.id(), moderator);
    if (!access.text()) {
      throw noSuchPost();
    }
    if (!access.edit()) {
      throw post.getDeletedAt() != null
          ? new Refusal(Refusal.Kind.CONFLICT, "This post was deleted.")
          : new Refusal(Refusal.Kind.FORBIDDEN, "Only the author can edit this post.");
    }
    if (thread.isLocked() && !moderator) {
      throw new Refusal(Refusal.Kind.CONFLICT, "This thread is locked: posts can no longer change.")
          .keyed("forum.locked");
    }
    String text = checkBody(body);
    throttle(caller);
    Instant now = clock.instant();
    String before = post.edit(text, now);
    if (before != null) {
      em.createNativeQuery(
              "insert into forum_post_revision (post_id, body, replaced_at, edited_by)"
                  + " values (?1, ?2, ?3, ?4)")
          .setParameter(1, post.getId())
          .setParameter(2, before)
          .setParameter(3, now.atOffset(java.time.ZoneOffset.UTC))
          .setParameter(4, caller.id())
          .executeUpdate();
    }
    return post;
  }

  /**
   * The earlier texts of a post, newest first, for whoever may read its text ({@link PostAccess}):
   * of a deleted or hidden post, only its author and the moderators.
   */
  @Transactional
  public List<Object[]> history(Caller caller, UUID postId) {
    ForumPost post = postWithText(caller, postId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select body, replaced_at from forum_post_revision where post_id = ?1"
                    + " order by id desc")
            .setParameter(1, post.getId())
            .getResultList();
    return rows;
  }

  /** Deletes the caller's own post: it stays as "deleted" so the thread keeps its order. */
  @Transactional
  public void delete(Caller caller, UUID postId) {
    ForumPost post = readablePost(caller, postId);
    if (!post.writtenBy(caller.id())) {
      throw new Refusal(Refusal.Kind.FORBIDDEN, "Only the author can delete this post.");
    }
    post.delete(clock.instant());
  }

  /** Remembers how far the caller has read (never backwards). */
  @Transactional
  public void read(Caller caller, UUID threadId, int seq) {
    ForumThread thread = readableThread(caller, threadId);
    markRead(caller.id(), thread.getId(), Math.min(seq, thread.getPostCount()));
  }

  @Transactional
  public void follow(Caller caller, UUID threadId, boolean follow) {
    ForumThread thread = readableThread(caller, threadId);
    if (follow) {
      follow(caller.id(), thread.getId(), clock.instant());
    } else {
      em.createNativeQuery("delete from forum_follow where account_id = ?1 and thread_id = ?2")
          .setParameter(1, caller.id())
          .setParameter(2, thread.getId())
          .executeUpdate();
    }
  }

  /**
   * The discussion thread of a step, in the space its forum card names (the course's space or a
   * community space), made when first asked for: an empty container, whoever asks first.
   */
  @Transactional
  public ForumThread discussion(Caller caller, String courseSlug, String stepKey) {
    authorization.requireSignedIn(caller);
    Course course =
        library.course(courseSlug).orElseThrow(() -> Refusal.notFound("There is no such course."));
    Step step =
        course.modules().stream()
            .flatMap(m -> m.steps().stream())
            .filter(s -> s.key().equals(stepKey))
            .findFirst()
            .orElseThrow(() -> Refusal.notFound("This course has no such step."));
    String spaceKey =
        step.details() instanceof StepDetails.Forum forum && !"course".equals(forum.space())
            ? forum.space()
            : Space.courseKey(course.slug());
    Space space = spaces.readable(caller, spaceKey);
    Optional<ForumThread> existing = stepThread(course.slug(), step.key());
    if (existing.isPresent()) {
      return existing.get();
    }
    Instant now = clock.instant();
    em.createNativeQuery(
            "insert into forum_thread (id, space_key, title, step_course, step_key, last_post_at,"
                + " created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?6)"
                + " on conflict (step_course, step_key) where step_key is not null do nothing")
        .setParameter(1, UUID.randomUUID())
        .setParameter(2, space.key())
        .setParameter(3, truncate(step.title(), MAX_TITLE))
        .setParameter(4, course.slug())
        .setParameter(5, step.key())
        .setParameter(6, now.atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
    return stepThread(course.slug(), step.key()).orElseThrow();
  }

  private Optional<ForumThread> stepThread(String course, String step) {
    return em.createQuery(
            "select t from ForumThread t where t.stepCourse = :course and t.stepKey = :step",
            ForumThread.class)
        .setParameter("course", course)
        .setParameter("step", step)
        .getResultStream()
        .findFirst();
  }

  /** A thread whose space the caller may read (404 otherwise, for outsiders of a cohort too). */
  public ForumThread readableThread(Caller caller, UUID threadId) {
    authorization.requireSignedIn(caller);
    ForumThread thread = threadId == null ? null : em.find(ForumThread.class, threadId);
    if (thread == null) {
      throw Refusal.notFound("There is no such thread, or you may not see it.");
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

  /** What the caller may do with the post's text, as a moderator of its space or not. */
  @Transactional
  public PostAccess access(Caller caller, ForumPost post) {
    ForumThread thread = em.find(ForumThread.class, post.getThreadId());
    Space space = spaces.readable(caller, thread.getSpaceKey());
    return PostAccess.of(
        post, caller.id(), spaces.moderates(caller, space, spaces.memberships(caller)));
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

  private static Refusal noSuchPost() {
    return Refusal.notFound("There is no such post, or you may not see it.");
  }

  private void follow(UUID account, UUID thread, Instant now) {
    em.createNativeQuery(
            "insert into forum_follow (account_id, thread_id, created_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, account)
        .setParameter(2, thread)
        .setParameter(3, now.atOffset(java.time.ZoneOffset.UTC))
        .executeUpdate();
  }

  private void markRead(UUID account, UUID thread, int seq) {
    em.createNativeQuery(
            "insert into forum_read (account_id, thread_id, last_seq) values (?1, ?2, ?3)"
                + " on conflict (account_id, thread_id) do update"
                + " set last_seq = greatest(forum_read.last_seq, excluded.last_seq)")
        .setParameter(1, account)
        .setParameter(2, thread)
        .setParameter(3, seq)
        .executeUpdate();
  }

  private void throttle(Caller caller) {
    Optional<Duration> wait = throttle.take(caller.id());
    if (wait.isPresent()) {
      throw Refusal.tooMany(wait.get(), "forum.tooFast", Limiter.seconds(wait.get()));
    }
  }

  static String checkTitle(String title) {
    String clean = title == null ? "" : UserText.clean(title).strip().replaceAll("\\s+", " ");
    if (clean.isEmpty()) {
      throw Refusal.invalid("title", "Give the thread a title.").keyed("forum.title.required");
    }
    if (clean.length() > MAX_TITLE) {
      throw Refusal.invalid("title", "A title has at most 200 characters.")
          .keyed("forum.title.tooLong");
    }
    return clean;
  }

  static String checkBody(String body) {
    String text = body == null ? "" : UserText.clean(body).strip();
    if (text.isEmpty()) {
      throw Refusal.invalid("body", "Write something first.").keyed("forum.body.required");
    }
    if (text.length() > MAX_BODY) {
      throw Refusal.invalid(
              "body", "A post has at most 20,000 characters; yours has " + text.length() + ".")
          .keyed("forum.body.tooLong", text.length());
    }
    return text;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  static String uuidArray(List<UUID> ids) {
    StringBuilder array = new StringBuilder("{");
    for (int i = 0; i < ids.size(); i++) {
      array.append(i == 0 ? "" : ",").append(ids.get(i));
    }
    return array.append('}').toString();
  }
}
