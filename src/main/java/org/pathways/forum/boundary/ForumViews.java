package org.pathways.forum.boundary;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.forum.entity.SpaceKind;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.ResultPage;

/** The forum as the API shows it: spaces, threads and posts, as the caller may see them. */
public final class ForumViews {

  private ForumViews() {}

  public record SpaceView(String key, String title, String description, SpaceKind kind) {}

  public record ThreadSummary(
      String id,
      String space,
      String title,
      boolean pinned,
      boolean locked,
      int posts,
      int unread,
      Instant lastPostAt,
      String step) {}

  /** A page of a space's threads as the API conventions page lists, with the space itself. */
  public record ThreadsView(
      List<ThreadSummary> items, int page, int size, long total, SpaceView space) {}

  public record PostView(
      String id,
      int number,
      String author,
      String authorId,
      String body,
      String html,
      Instant createdAt,
      Instant editedAt,
      boolean deleted,
      boolean hidden) {}

  public record ThreadView(
      String id,
      String space,
      String title,
      boolean locked,
      boolean pinned,
      boolean following,
      boolean moderator,
      int page,
      int pages,
      int size,
      int total,
      int lastRead,
      List<PostView> posts) {}

  /** An earlier text of a post; its time as the driver's timestamp has always printed it. */
  public record VersionView(String body, String html, String replacedAt) {}

  static SpaceView space(Space space) {
    return new SpaceView(space.key(), space.title(), space.description(), space.kind());
  }

  static ThreadsView threads(Forum.ThreadPage found) {
    ResultPage<ThreadSummary> threads =
        found.found().map(t -> summary(t, found.unread().getOrDefault(t.getId(), 0)));
    return new ThreadsView(
        threads.items(), threads.page(), threads.size(), threads.total(), space(found.space()));
  }

  static ThreadSummary summary(ForumThread t, int unread) {
    return new ThreadSummary(
        t.getId().toString(),
        t.getSpaceKey(),
        t.getTitle(),
        t.isPinned(),
        t.isLocked(),
        t.getPostCount(),
        unread,
        t.getLastPostAt(),
        t.getStepKey() == null ? null : t.getStepCourse() + "/" + t.getStepKey());
  }

  /** A page of a thread as the API shows it to the caller. */
  static ThreadView thread(Forum.PostPage found, Caller me, Locale reader) {
    return new ThreadView(
        found.thread().getId().toString(),
        found.thread().getSpaceKey(),
        found.thread().getTitle(),
        found.thread().isLocked(),
        found.thread().isPinned(),
        found.following(),
        found.moderator(),
        found.page(),
        found.pages(),
        found.size(),
        found.total(),
        found.lastRead(),
        found.posts().stream()
            .map(
                p -> post(p, found.authors(), PostAccess.of(p, me.id(), found.moderator()), reader))
            .toList());
  }

  static VersionView version(PostHistory.Version version) {
    return new VersionView(
        version.body(),
        SafeHtml.fromUserMarkdown(version.body()),
        // The server's zone, as before: the API has always answered it so.
        Timestamp.from(version.replacedAt()).toString());
  }

  /** A post as the caller sees it: without its text when {@link PostAccess} says it is gone. */
  static PostView post(ForumPost p, Map<UUID, String> authors, PostAccess access, Locale reader) {
    boolean shown = access.text();
    UUID author = p.getAuthorId();
    return new PostView(
        p.getId().toString(),
        p.getSeq(),
        author == null ? Texts.in(reader, "forum.formerMember") : authors.getOrDefault(author, ""),
        author == null ? null : author.toString(),
        shown ? p.getBody() : "",
        shown ? SafeHtml.fromUserMarkdown(p.getBody()) : "",
        p.getCreatedAt(),
        p.getEditedAt(),
        p.getDeletedAt() != null,
        p.getHiddenAt() != null);
  }
}
