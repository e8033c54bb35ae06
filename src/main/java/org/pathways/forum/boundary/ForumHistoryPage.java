package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pathways.forum.entity.ForumPost;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.control.SafeHtml;
import org.pathways.platform.entity.Refusal;

/** forum/history.xhtml?post=: the post whose text (and history) the caller may read, else 404. */
@Named
@RequestScoped
public class ForumHistoryPage {

  @Inject ForumAccess access;
  @Inject PostHistory history;
  @Inject CurrentCaller current;

  private UUID post;
  private ForumPost withText;

  /** An earlier text of a post, rendered, and when it was replaced. */
  public record Version(String html, Instant replacedAt) {}

  /** The view action of a GET: the post, if the caller may read its text, else 404. */
  public void load() {
    try {
      withText = access.postWithText(current.get(), post);
    } catch (Refusal refusal) {
      Pages.sendError(refusal);
    }
  }

  public UUID getPost() {
    return post;
  }

  public void setPost(UUID post) {
    this.post = post;
  }

  public ForumPost getPostWithText() {
    return withText;
  }

  public List<Version> getHistory() {
    ForumPost shown = getPostWithText();
    if (shown == null) {
      return List.of();
    }
    return history.history(current.get(), shown.getId()).stream()
        .map(v -> new Version(SafeHtml.fromUserMarkdown(v.body()), v.replacedAt()))
        .toList();
  }

  public String html(ForumPost p) {
    return SafeHtml.fromUserMarkdown(p.getBody());
  }
}
