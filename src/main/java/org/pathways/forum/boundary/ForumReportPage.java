package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.forum.entity.ForumPost;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** forum/report.xhtml?post=: tells the moderators what is wrong with a post. */
@Named
@RequestScoped
public class ForumReportPage {

  @Inject ForumAccess access;
  @Inject Moderation moderation;
  @Inject CurrentCaller current;

  private ForumPost post;
  private String reason;

  public ForumPost getPost() {
    if (post == null) {
      try {
        post = access.readablePost(current.get(), Pages.id("post"));
      } catch (Refusal refusal) {
        Pages.sendError(refusal);
      }
    }
    return post;
  }

  public String report() {
    try {
      moderation.report(current.get(), Pages.id("post"), reason);
      ForumPost reported = getPost();
      Pages.info("forum.reported");
      Pages.redirect(ForumLinks.threadPath(reported.getThreadId()));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
