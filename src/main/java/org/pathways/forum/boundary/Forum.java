package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Caller;

/**
 * Reading the forum: a space's threads by latest activity with unread counts, and a thread's posts
 * by page with their authors. Every call first finds the space and checks the caller may read it; a
 * cohort's thread is not found for outsiders.
 */
@ApplicationScoped
public class Forum {

  public static final int THREADS_PER_PAGE = 20;
  public static final int POSTS_PER_PAGE = 20;

  /** The deepest page of threads a space lists (paging stays bounded; search finds the rest). */
  public static final int DEEPEST_PAGE = 500;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;
  @Inject ForumAccess access;
  @Inject ReadMarks marks;
  @Inject Follows follows;
  @Inject Accounts accounts;

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
    return new ThreadPage(space, List.copyOf(listed), marks.unread(caller, listed), shown, more);
  }

  /** A page of a thread the caller may read (the last page when {@code page} is 0 or beyond). */
  @Transactional
  public PostPage thread(Caller caller, UUID threadId, int page) {
    ForumThread thread = access.readableThread(caller, threadId);
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
        .accounts(posts.stream().map(ForumPost::getAuthorId).filter(Objects::nonNull).toList())
        .forEach(a -> authors.put(a.getId(), a.getName()));
    int lastRead = marks.lastRead(caller.id(), thread.getId());
    boolean following = follows.following(caller.id(), thread.getId());
    return new PostPage(
        space, thread, posts, authors, shown, pages, moderator, following, lastRead);
  }
}
