package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * forum/discuss.xhtml?course=&step=: finds (or makes) the step's thread and goes to its last page.
 */
@Named
@RequestScoped
public class ForumDiscussPage {

  @Inject Discussions discussions;
  @Inject CurrentCaller current;

  public void openDiscussion() {
    try {
      ForumThread thread =
          discussions.discussion(current.get(), Pages.param("course"), Pages.param("step"));
      Pages.redirect(ForumLinks.threadPath(thread.getId(), 0));
    } catch (Refusal refusal) {
      Pages.sendError(refusal);
    }
  }
}
