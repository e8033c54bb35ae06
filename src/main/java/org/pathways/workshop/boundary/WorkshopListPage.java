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
  private boolean refused;

  @PostConstruct
  void load() {
    refused = Pages.forbiddenUnless(organisers.seesOrganisersList(current.get()));
    if (!refused) {
      creates = organisers.districtsFor(current.get()).organisesAny();
    }
  }

  /** The list; none when refused (the page may still be rendered behind the error status). */
  public List<Workshop> getWorkshops() {
    if (refused) {
      return List.of();
    }
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
