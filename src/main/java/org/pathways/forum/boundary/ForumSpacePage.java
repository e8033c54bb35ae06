package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;

/** forum/space.xhtml?key=: a space's threads, and a form to start one. */
@Named
@RequestScoped
public class ForumSpacePage {

  @Inject Forum forum;
  @Inject Posting posting;
  @Inject CurrentCaller current;

  private Forum.ThreadPage threadPage;
  private String title;
  private String body;

  public Forum.ThreadPage getThreadPage() {
    if (threadPage == null) {
      try {
        threadPage =
            forum.threads(
                current.get(), Pages.param("key"), PageRequest.of(ForumParams.page(), null));
      } catch (Refusal refusal) {
        Pages.sendError(refusal);
      }
    }
    return threadPage;
  }

  public String startThread() {
    try {
      ForumThread thread = posting.start(current.get(), Pages.param("key"), title, body);
      Pages.info("forum.thread.started");
      Pages.redirect(ForumLinks.threadPath(thread.getId()));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
