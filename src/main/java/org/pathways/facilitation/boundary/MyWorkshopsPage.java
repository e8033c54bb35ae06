package org.pathways.facilitation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pathways.facilitation.control.Supporters;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.workshop.boundary.FacilitatedWorkshops;
import org.pathways.workshop.boundary.WorkshopLinks;

/**
 * facilitation/workshops.xhtml: the workshops the caller facilitates, each with its dates, place,
 * seats, attendance so far and its roster (404 for a caller who supports nobody).
 */
@Named
@ViewScoped
public class MyWorkshopsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject FacilitatedWorkshops facilitated;
  @Inject CurrentCaller current;

  private List<FacilitatedWorkshops.Run> runs;

  /** The view action of a GET. */
  public void load() {
    if (!Supporters.includes(current.get())) {
      Pages.sendError(404);
      return;
    }
    runs = facilitated.of(current.get());
  }

  public List<FacilitatedWorkshops.Run> getRuns() {
    return runs;
  }

  public String rosterLink(FacilitatedWorkshops.Run run) {
    return WorkshopLinks.rosterPath(run.workshop().getId());
  }

  public String workshopLink(FacilitatedWorkshops.Run run) {
    return WorkshopLinks.workshopPath(run.workshop().getId());
  }

  public String getCohortsLink() {
    return FacilitationLinks.cohorts();
  }
}
