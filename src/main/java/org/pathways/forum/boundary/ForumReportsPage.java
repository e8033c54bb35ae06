package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.forum.entity.Space;
import org.pathways.identity.boundary.CurrentCaller;

/** forum/reports.xhtml: the open reports in the spaces the caller moderates. */
@Named
@RequestScoped
public class ForumReportsPage {

  @Inject Moderation moderation;
  @Inject Spaces spaces;
  @Inject CurrentCaller current;

  private List<Moderation.Report> reports;

  public List<Moderation.Report> getReports() {
    if (reports == null) {
      reports = moderation.openReports(current.get());
    }
    return reports;
  }

  public String spaceTitle(String key) {
    return spaces.find(key).map(Space::title).orElse(key);
  }
}
