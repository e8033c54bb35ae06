package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.pathways.forum.control.ForumText;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.entity.Refusal;

/**
 * forum/thread.xhtml?id=&page=&quote=: a page of posts, the reply box (with a quoted post when
 * "Quote" was followed), following, and the moderators' actions. Plain forms, so it works without
 * scripts; forum.js adds the preview and read marks.
 */
@Named
@RequestScoped
public class ForumThreadPage {

  @Inject Forum forum;
  @Inject Posting posting;
  @Inject Follows follows;
  @Inject Spaces spaces;
  @Inject Moderation moderation;
  @Inject CurrentCaller current;

  private Forum.PostPage postPage;
  private List<Space> all;
  private String body;
  private String moveTo;

  public Forum.PostPage getPostPage() {
    if (postPage == null) {
      try {
        int page = Pages.param("page") == null ? 1 : ForumParams.page();
        postPage = forum.thread(current.get(), Pages.id("id"), page);
      } catch (Refusal refusal) {
        Pages.sendError(refusal);
      }
    }
    return postPage;
  }

  /** The spaces a moderator may move the thread to. */
  public List<Space> getSpaces() {
    if (all == null) {
      all = spaces.readable(current.get());
    }
    return all;
  }

  /**
   * The reply box starts with the quoted post when "Quote" was followed (works without scripts).
   */
  public String getBody() {
    if (body == null && Pages.param("quote") != null && getPostPage() != null) {
      UUID quoted = Pages.id("quote");
      body =
          getPostPage().posts().stream()
              .filter(p -> p.getId().equals(quoted) && p.visible())
              .findFirst()
              .map(p -> ForumText.quote(author(p), p.getBody()) + "\n\n")
              .orElse(null);
    }
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }

  public String reply() {
    UUID thread = Pages.id("id");
    try {
      ForumPost posted = posting.reply(current.get(), thread, body, null);
      Pages.info("forum.reply.posted");
      Pages.redirect(ForumLinks.postPath(thread, 0, posted.getSeq()));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String follow() {
    boolean following = getPostPage() != null && getPostPage().following();
    return act(
        () -> follows.follow(current.get(), Pages.id("id"), !following),
        following ? "forum.unfollowed" : "forum.followed");
  }

  public String deletePost() {
    return act(() -> posting.delete(current.get(), Pages.id("post")), "forum.post.deleted");
  }

  public String hidePost() {
    return act(() -> moderation.hide(current.get(), Pages.id("post"), true), "forum.post.hidden");
  }

  public String restorePost() {
    return act(
        () -> moderation.hide(current.get(), Pages.id("post"), false), "forum.post.restored");
  }

  public String toggleLock() {
    return moderate(new Moderation.ThreadChange(!getPostPage().thread().isLocked(), null, null));
  }

  public String togglePin() {
    return moderate(new Moderation.ThreadChange(null, !getPostPage().thread().isPinned(), null));
  }

  public String move() {
    return moderate(new Moderation.ThreadChange(null, null, moveTo));
  }

  private String moderate(Moderation.ThreadChange change) {
    return act(
        () -> moderation.change(current.get(), Pages.id("id"), change), "forum.thread.moderated");
  }

  /** Does it, says so and shows the same page again; a refusal becomes a page message. */
  private String act(Runnable action, String done) {
    try {
      action.run();
      Pages.info(done);
      Pages.redirect(self());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  private static String self() {
    String page = Pages.param("page");
    String id = Pages.param("id");
    return page == null ? ForumLinks.threadPath(id) : ForumLinks.threadPath(id, page);
  }

  public String author(ForumPost p) {
    return p.getAuthorId() == null
        ? Pages.text("forum.formerMember")
        : getPostPage().authors().getOrDefault(p.getAuthorId(), "");
  }

  public String html(ForumPost p) {
    return SafeHtml.fromUserMarkdown(p.getBody());
  }

  public boolean mine(ForumPost p) {
    return p.writtenBy(current.get().id());
  }

  /** Whether the caller sees the post's text on the thread page ({@link PostAccess}). */
  public boolean text(ForumPost p) {
    return access(p).text();
  }

  /**
   * Whether the thread page offers the caller to edit the post ({@link PostAccess}); never in an
   * archived space, which refuses edits.
   */
  public boolean editable(ForumPost p) {
    return access(p).edit() && !getPostPage().space().archived();
  }

  private PostAccess access(ForumPost p) {
    return getPostPage() == null
        ? PostAccess.NONE
        : PostAccess.of(p, current.get().id(), getPostPage().moderator());
  }

  public boolean unread(ForumPost p) {
    return getPostPage() != null && p.getSeq() > getPostPage().lastRead();
  }
}
