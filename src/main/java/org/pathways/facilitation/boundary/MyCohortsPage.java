package org.pathways.facilitation.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pathways.facilitation.control.MatrixView;
import org.pathways.facilitation.entity.CohortSummary;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/** facilitation/index.xhtml: "My cohorts", each with its counts and links (404 for others). */
@Named
@ViewScoped
public class MyCohortsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MyCohorts myCohorts;
  @Inject CurrentCaller current;

  private List<CohortSummary> cohorts;

  /** The view action of a GET. */
  public void load() {
    try {
      cohorts = myCohorts.of(current.get());
    } catch (Refusal refusal) {
      Pages.sendError(refusal);
    }
  }

  public List<CohortSummary> getCohorts() {
    return cohorts;
  }

  public String progressLink(CohortSummary cohort) {
    return FacilitationLinks.cohort(cohort.id(), MatrixView.DEFAULT);
  }

  public String atRiskLink(CohortSummary cohort) {
    return FacilitationLinks.cohort(
        cohort.id(), new MatrixView(MatrixView.DEFAULT.sort(), false, true, ""));
  }

  public String queueLink(CohortSummary cohort) {
    return FacilitationLinks.reflections(cohort.id());
  }

  public String getWorkshopsLink() {
    return FacilitationLinks.workshops();
  }
}
