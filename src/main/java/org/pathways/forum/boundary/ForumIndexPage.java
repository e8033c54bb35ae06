package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.CurrentCaller;

/**
 * forum/index.xhtml: the spaces the caller reads, the notifications link and, for moderators,
 * reports.
 */
@Named
@RequestScoped
public class ForumIndexPage {

  @Inject Spaces spaces;
  @Inject Moderation moderation;
  @Inject ForumNotices notices;
  @Inject CurrentCaller current;

  private List<Space> all;
  private List<Moderation.Report> reports;

  public List<Space> getSpaces() {
    if (all == null) {
      all = spaces.readable(current.get());
    }
    return all;
  }

  public List<Moderation.Report> getReports() {
    if (reports == null) {
      reports = moderation.openReports(current.get());
    }
    return reports;
  }

  public int getUnreadNotices() {
    return notices.unreadCount(current.get());
  }
}
