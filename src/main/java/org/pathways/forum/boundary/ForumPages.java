package org.pathways.forum.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import org.pathways.forum.control.PostAccess;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.entity.Refusal;

/**
 * The forum pages: forum/index.xhtml (spaces and search), forum/space.xhtml?key= (threads and a new
 * thread), forum/thread.xhtml?id= (posts, reply, quote, follow, moderation), forum/edit.xhtml and
 * forum/report.xhtml?post=, and forum/discuss.xhtml?course=&step= (a step's discussion). Plain
 * forms and links, so every page works without scripts; forum.js adds the preview and read marks.
 */
@Named
@RequestScoped
public class ForumPages {

  @Inject Forum forum;
  @Inject Spaces spaces;
  @Inject Moderation moderation;
  @Inject ForumSearch search;
  @Inject ForumNotices notices;
  @Inject CurrentCaller current;

  private List<Space> all;
  private Forum.ThreadPage threadPage;
  private Forum.PostPage postPage;
  private ForumPost post;
  private ForumPost editable;
  private ForumPost withText;
  private List<ForumSearch.Hit> hits;
  private String title;
  private String body;
  private String reason;
  private String query;
  private String moveTo;

  @PostConstruct
  void load() {
    query = Pages.param("q");
  }

  // ------------------------------------------------------------ spaces and search

  public List<Space> getSpaces() {
    if (all == null) {
      all = spaces.readable(current.get());
    }
    return all;
  }

  public List<ForumSearch.Hit> getHits() {
    if (hits == null) {
      try {
        hits = search.search(current.get(), query, page());
      } catch (Refusal refusal) {
        Pages.refused(null, refusal);
        hits = List.of();
      }
    }
    return hits;
  }

  public String spaceTitle(String key) {
    return spaces.find(key).map(Space::title).orElse(key);
  }

  // ------------------------------------------------------------ a space

  public Forum.ThreadPage getThreadPage() {
    if (threadPage == null) {
      try {
        threadPage = forum.threads(current.get(), Pages.param("key"), page());
      } catch (Refusal refusal) {
        Pages.sendError(refusal.kind().status);
      }
    }
    return threadPage;
  }

  public String startThread() {
    String key = Pages.param("key");
    try {
      ForumThread thread = forum.start(current.get(), key, title, body);
      Pages.info("forum.thread.started");
      Pages.redirect("/forum/thread.xhtml?id=" + thread.getId());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  // ------------------------------------------------------------ a thread

  public Forum.PostPage getPostPage() {
    if (postPage == null) {
      try {
        int page = Pages.param("page") == null ? 1 : page();
        postPage = forum.thread(current.get(), uuid(Pages.param("id")), page);
      } catch (Refusal refusal) {
        Pages.sendError(refusal.kind().status);
      }
    }
    return postPage;
  }

  /**
   * The reply box starts with the quoted post when "Quote" was followed (works without scripts).
   */
  public String getBody() {
    if (body == null && Pages.param("quote") != null && getPostPage() != null) {
      UUID quoted = uuid(Pages.param("quote"));
      body =
          getPostPage().posts().stream()
              .filter(p -> p.getId().equals(quoted) && p.visible())
              .findFirst()
              .map(p -> Forum.quote(author(p), p.getBody()) + "\n\n")
              .orElse(null);
    }
    return body;
  }

  public String reply() {
    UUID thread = uuid(Pages.param("id"));
    try {
      ForumPost posted = forum.reply(current.get(), thread, body, null);
      Pages.info("forum.reply.posted");
      Pages.redirect("/forum/thread.xhtml?id=" + thread + "&page=0#post-" + posted.getSeq());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String follow() {
    UUID thread = uuid(Pages.param("id"));
    boolean following = getPostPage() != null && getPostPage().following();
    try {
      forum.follow(current.get(), thread, !following);
      Pages.info(following ? "forum.unfollowed" : "forum.followed");
      Pages.redirect(self());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String deletePost() {
    try {
      forum.delete(current.get(), uuid(Pages.param("post")));
      Pages.info("forum.post.deleted");
      Pages.redirect(self());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String hidePost() {
    return moderatePost(true);
  }

  public String restorePost() {
    return moderatePost(false);
  }

  private String moderatePost(boolean hide) {
    try {
      moderation.hide(current.get(), uuid(Pages.param("post")), hide);
      Pages.info(hide ? "forum.post.hidden" : "forum.post.restored");
      Pages.redirect(self());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String toggleLock() {
    return moderateThread(
        new Moderation.ThreadChange(!getPostPage().thread().isLocked(), null, null));
  }

  public String togglePin() {
    return moderateThread(
        new Moderation.ThreadChange(null, !getPostPage().thread().isPinned(), null));
  }

  public String move() {
    return moderateThread(new Moderation.ThreadChange(null, null, moveTo));
  }

  private String moderateThread(Moderation.ThreadChange change) {
    try {
      moderation.change(current.get(), uuid(Pages.param("id")), change);
      Pages.info("forum.thread.moderated");
      Pages.redirect(self());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  private String self() {
    String page = Pages.param("page");
    return "/forum/thread.xhtml?id=" + Pages.param("id") + (page == null ? "" : "&page=" + page);
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

  /** Whether the thread page offers the caller to edit the post ({@link PostAccess}). */
  public boolean editable(ForumPost p) {
    return access(p).edit();
  }

  private PostAccess access(ForumPost p) {
    return getPostPage() == null
        ? PostAccess.NONE
        : PostAccess.of(p, current.get().id(), getPostPage().moderator());
  }

  public boolean unread(ForumPost p) {
    return getPostPage() != null && p.getSeq() > getPostPage().lastRead();
  }

  // ------------------------------------------------------------ edit and report one post

  public ForumPost getPost() {
    if (post == null) {
      try {
        post = forum.readablePost(current.get(), uuid(Pages.param("post")));
      } catch (Refusal refusal) {
        Pages.sendError(refusal.kind().status);
      }
    }
    return post;
  }

  /**
   * forum/edit.xhtml: the post the caller may edit, its text in the editor (unless the form brought
   * one); 404 for anyone else, so the editor never shows a deleted or hidden post's text.
   */
  public ForumPost getEditable() {
    if (editable == null) {
      try {
        editable = forum.editablePost(current.get(), uuid(Pages.param("post")));
        if (body == null) {
          body = editable.getBody();
        }
      } catch (Refusal refusal) {
        Pages.sendError(refusal.kind().status);
      }
    }
    return editable;
  }

  /** forum/history.xhtml: the post whose text (and history) the caller may read, else 404. */
  public ForumPost getPostWithText() {
    if (withText == null) {
      try {
        withText = forum.postWithText(current.get(), uuid(Pages.param("post")));
      } catch (Refusal refusal) {
        Pages.sendError(refusal.kind().status);
      }
    }
    return withText;
  }

  public String edit() {
    try {
      ForumPost edited = forum.edit(current.get(), uuid(Pages.param("post")), body);
      Pages.info("forum.post.edited");
      Pages.redirect("/forum/thread.xhtml?id=" + edited.getThreadId() + "&page=0");
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  /** An earlier text of a post, rendered, and when it was replaced. */
  public record Version(String html, java.time.Instant replacedAt) {}

  public List<Version> getHistory() {
    ForumPost shown = getPostWithText();
    if (shown == null) {
      return List.of();
    }
    return forum.history(current.get(), shown.getId()).stream()
        .map(
            row ->
                new Version(
                    SafeHtml.fromUserMarkdown((String) row[0]),
                    row[1] instanceof java.sql.Timestamp t
                        ? t.toInstant()
                        : ((java.time.OffsetDateTime) row[1]).toInstant()))
        .toList();
  }

  public String report() {
    try {
      moderation.report(current.get(), uuid(Pages.param("post")), reason);
      ForumPost reported = getPost();
      Pages.info("forum.reported");
      Pages.redirect("/forum/thread.xhtml?id=" + reported.getThreadId());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public List<Moderation.Report> getReports() {
    return moderation.openReports(current.get());
  }

  // ------------------------------------------------------------ a step's discussion

  /** forum/discuss.xhtml: finds (or makes) the step's thread and goes to its last page. */
  public void openDiscussion() {
    Caller caller = current.get();
    try {
      ForumThread thread = forum.discussion(caller, Pages.param("course"), Pages.param("step"));
      Pages.redirect("/forum/thread.xhtml?id=" + thread.getId() + "&page=0");
    } catch (Refusal refusal) {
      Pages.sendError(refusal.kind().status);
    }
  }

  // ------------------------------------------------------------ notifications

  public List<ForumNotices.Notice> getNotices() {
    return notices.notices(current.get(), false);
  }

  public String getEmail() {
    return notices.choice(current.get()).name();
  }

  public void setEmail(String email) {
    this.reason = email;
  }

  public String saveSettings() {
    try {
      notices.choose(current.get(), ForumNotices.EmailChoice.valueOf(reason));
      Pages.info("forum.settings.saved");
      Pages.redirect("/forum/notifications.xhtml");
    } catch (IllegalArgumentException | NullPointerException e) {
      Pages.errorText(null, Pages.text("forum.settings.choose"));
    }
    return null;
  }

  public String markNoticesRead() {
    notices.markAllRead(current.get());
    Pages.redirect("/forum/notifications.xhtml");
    return null;
  }

  public int getUnreadNotices() {
    return notices.unreadCount(current.get());
  }

  // ------------------------------------------------------------ form fields

  private static int page() {
    try {
      String page = Pages.param("page");
      return page == null ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public String getQuery() {
    return query;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }
}
