package org.pathways.cohort.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.pathways.cohort.entity.Cohort;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * admin/cohort.xhtml?id=: a program manager or administrator sees who facilitates a cohort and who
 * is invited, and changes the list: new addresses are invited, those taken off lose every right.
 */
@Named
@RequestScoped
public class CohortPage {

  @Inject Cohorts cohorts;
  @Inject Authorization authorization;
  @Inject Accounts accounts;
  @Inject CurrentCaller current;

  /** A facilitator as the page lists them. */
  public record Person(String name, String email) {}

  private UUID id;
  private Cohort cohort;
  private List<Person> facilitators = List.of();
  private List<String> invited = List.of();
  private String emails;

  /**
   * The view action, also on a postback (a refused change draws the page again): 403 unless the
   * caller organises, 404 for an unknown cohort; a GET fills the form with today's list.
   */
  public void load() {
    if (Pages.forbiddenUnless(authorization.organises(current.get()))) {
      return;
    }
    cohort = cohorts.find(id).orElse(null);
    if (cohort == null) {
      Pages.sendError(404);
      return;
    }
    read();
    if (!FacesContext.getCurrentInstance().isPostback()) {
      List<String> all = new ArrayList<>(facilitators.stream().map(Person::email).toList());
      all.addAll(invited);
      emails = String.join("\n", all);
    }
  }

  private void read() {
    facilitators =
        accounts.accounts(cohort.getFacilitators()).stream()
            .map(a -> new Person(a.getName(), a.getEmail()))
            .sorted(Comparator.comparing(Person::email))
            .toList();
    invited = cohorts.invited(cohort);
  }

  public String save() {
    try {
      cohort = cohorts.changeFacilitators(current.get(), id, InvitationPlan.split(emails));
      Pages.info("cohort.facilitators.saved");
      Pages.redirect(CohortLinks.cohort(id));
    } catch (Refusal refusal) {
      Pages.refused("facilitators:emails", refusal);
    }
    return null;
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public Cohort getCohort() {
    return cohort;
  }

  public List<Person> getFacilitators() {
    return facilitators;
  }

  public List<String> getInvited() {
    return invited;
  }

  public String getEmails() {
    return emails;
  }

  public void setEmails(String emails) {
    this.emails = emails;
  }
}
