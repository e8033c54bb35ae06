package org.pathways.workshop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.workshop.entity.Workshop;

/**
 * admin/workshops.xhtml: the upcoming workshops, for program managers and administrators every one,
 * for district managers their districts' (403 for anyone else).
 */
@Named
@RequestScoped
public class WorkshopListPage {

  @Inject Workshops workshops;
  @Inject WorkshopOrganisers organisers;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  private List<Workshop> all;
  private boolean creates;

  /** The view action: 403 for anyone who organises no workshop, before the page is drawn. */
  public void load() {
    if (!Pages.forbiddenUnless(organisers.seesOrganisersList(current.get()))) {
      creates = organisers.districtsFor(current.get()).organisesAny();
    }
  }

  public List<Workshop> getWorkshops() {
    if (all == null) {
      all = workshops.organised(current.get(), false);
    }
    return all;
  }

  /** A district manager's list holds their districts' workshops only: the page says so. */
  public boolean isDistrictsOnly() {
    return !authorization.organises(current.get());
  }

  /** Whether the caller may create a workshop (a district manager needs a district). */
  public boolean isCreates() {
    return creates;
  }
}
