package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.pathways.platform.boundary.PublicSite;

/** The forum's addresses that leave the site (mail): always from the public address. */
@ApplicationScoped
public class ForumLinks {

  @Inject PublicSite site;

  /** A thread's page; refuses while there is no usable public address. */
  public String thread(UUID thread) {
    return site.root() + "/forum/thread.xhtml?id=" + thread;
  }

  /** The notifications page, where the mail choice is changed. */
  public String notifications() {
    return site.root() + "/forum/notifications.xhtml";
  }
}
