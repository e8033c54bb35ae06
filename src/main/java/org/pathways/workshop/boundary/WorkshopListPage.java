package org.pathways.workshop.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.workshop.entity.Workshop;

/** admin/workshops.xhtml: the upcoming workshops, for program managers and administrators. */
@Named
@RequestScoped
public class WorkshopListPage {

  @Inject Workshops workshops;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  private List<Workshop> all;

  @PostConstruct
  void load() {
    Pages.forbiddenUnless(authorization.organises(current.get()));
  }

  public List<Workshop> getWorkshops() {
    if (all == null) {
      all = workshops.organised(current.get(), false);
    }
    return all;
  }
}
