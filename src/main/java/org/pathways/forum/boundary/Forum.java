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
import org.pathways.forum.control.PostPaging;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.ResultPage;

/**
 * Reading the forum: a space's threads by latest activity with unread counts, and a thread's posts
 * by page with their authors. Every call first finds the space and checks the caller may read it; a
 * cohort's thread is not found for outsiders.
 */
@ApplicationScoped
public class Forum {

  /**
   * How deep a space's list of threads goes, whatever the page size: 500 pages of 20 (paging stays
   * bounded; search finds the rest).
   */
  public static final int LISTED_THREADS = 10_000;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Spaces spaces;
  @Inject ForumAccess access;
  @Inject ReadMarks marks;
  @Inject Follows follows;
  @Inject Accounts accounts;

  /** A page of a space's threads, with the caller's unread counts. */
  public record ThreadPage(Space space, ResultPage<ForumThread> found, Map<UUID, Integer> unread) {

    public List<ForumThread> threads() {
      return found.items();
    }

    public int page() {
      return found.page();
    }

    /** Whether a next page is offered: there are more threads, and paging stays bounded. */
    public boolean more() {
      return new PageRequest(found.page(), found.size())
          .hasMore(Math.min(found.total(), LISTED_THREADS));
    }
  }

  /** A page of a thread's posts, with their authors' names. */
  public record PostPage(
      Space space,
      ForumThread thread,
      List<ForumPost> posts,
      Map<UUID, String> authors,
      int page,
      int pages,
      int size,
      int total,
      boolean moderator,
      boolean following,
      int lastRead) {}

  @Transactional
  public ThreadPage threads(Caller caller, String spaceKey, PageRequest asked) {
    Space space = spaces.readable(caller, spaceKey);
    PageRequest paging = asked.within(LISTED_THREADS);
    List<ForumThread> threads =
        em.createQuery(
                "select t from ForumThread t where t.spaceKey = :space"
                    + " order by t.pinned desc, t.lastPostAt desc, t.id desc",
                ForumThread.class)
            .setParameter("space", space.key())
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList();
    long total =
        em.createQuery("select count(t) from ForumThread t where t.spaceKey = :space", Long.class)
            .setParameter("space", space.key())
            .getSingleResult();
    return new ThreadPage(
        space, ResultPage.of(threads, paging, total), marks.unread(caller, threads));
  }

  /** A page of a thread the caller may read (the last page when {@code page} is 0 or beyond). */
  @Transactional
  public PostPage thread(Caller caller, UUID threadId, int page) {
    return thread(caller, threadId, page, null);
  }

  /** The same with a page size by the {@link PageRequest} rules (20 when null). */
  @Transactional
  public PostPage thread(Caller caller, UUID threadId, int page, Integer size) {
    ForumThread thread = access.readableThread(caller, threadId);
    Space space = spaces.readable(caller, thread.getSpaceKey());
    boolean moderator = spaces.moderates(caller, space, spaces.memberships(caller));
    PostPaging paging = PostPaging.of(page, size, thread.getPostCount());
    // Posts are numbered in the thread: a page is a range of numbers, as fast on page 100 as on 1.
    List<ForumPost> posts =
        em.createQuery(
                "select p from ForumPost p where p.threadId = :thread"
                    + " and p.seq > :from and p.seq <= :to order by p.seq",
                ForumPost.class)
            .setParameter("thread", thread.getId())
            .setParameter("from", paging.after())
            .setParameter("to", paging.upTo())
            .getResultList();
    Map<UUID, String> authors = new HashMap<>();
    accounts
        .accounts(posts.stream().map(ForumPost::getAuthorId).filter(Objects::nonNull).toList())
        .forEach(a -> authors.put(a.getId(), a.getName()));
    int lastRead = marks.lastRead(caller.id(), thread.getId());
    boolean following = follows.following(caller.id(), thread.getId());
    return new PostPage(
        space,
        thread,
        posts,
        authors,
        paging.shown().page(),
        paging.pages(),
        paging.shown().size(),
        thread.getPostCount(),
        moderator,
        following,
        lastRead);
  }
}
