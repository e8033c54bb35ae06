package org.pathways.cohort.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortChange;
import org.pathways.identity.boundary.AccountNames;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * admin/cohort.xhtml?id=: those who manage a cohort (program managers, administrators, its
 * district's managers) edit its settings, issue a new code, close it and change its facilitators;
 * its facilitators are refused (403), anyone else finds nothing (404). Every change is a POST
 * followed by a redirect; the API's facade decides.
 */
@Named
@ViewScoped
public class CohortPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Cohorts cohorts;
  @Inject CohortSettings settings;
  @Inject AccountNames names;
  @Inject CurrentCaller current;

  /** A facilitator as the page lists them. */
  public record Person(String name, String email) implements Serializable {}

  private UUID id;
  private transient Cohort cohort;
  private List<Person> facilitators = List.of();
  private List<String> invited = List.of();
  private String emails;
  private String name;
  private LocalDate targetDate;
  private LocalDate codeExpiresOn;
  private Integer inactiveDays;
  private boolean confirmClose;

  /**
   * The view action, also on a postback (a refused change draws the page again): 404 unless the
   * caller may read the cohort, 403 unless they manage it; a GET fills the forms with today's
   * values.
   */
  public void load() {
    try {
      cohort = cohorts.cohort(current.get(), id);
    } catch (Refusal refusal) {
      Pages.sendError(refusal);
      return;
    }
    if (Pages.forbiddenUnless(settings.manages(current.get(), cohort))) {
      return;
    }
    facilitators =
        names.of(cohort.getFacilitators()).values().stream()
            .map(a -> new Person(a.name(), a.email()))
            .sorted(Comparator.comparing(Person::email))
            .toList();
    invited = cohorts.invited(cohort);
    if (!FacesContext.getCurrentInstance().isPostback()) {
      List<String> all = new ArrayList<>(facilitators.stream().map(Person::email).toList());
      all.addAll(invited);
      emails = String.join("\n", all);
      CohortChange today = CohortChange.of(cohort);
      name = today.name;
      targetDate = today.targetDate;
      codeExpiresOn = today.codeExpiresOn;
      inactiveDays = today.inactiveDays;
    }
  }

  public String save() {
    CohortChange change = new CohortChange();
    change.name = name;
    change.targetDate = targetDate;
    change.codeExpiresOn = codeExpiresOn;
    change.inactiveDays = inactiveDays;
    return act("settings", () -> settings.edit(current.get(), id, change), "cohort.settings.saved");
  }

  public String newCode() {
    return act("code", () -> settings.newCode(current.get(), id), "cohort.code.issued");
  }

  public String close() {
    if (!confirmClose) {
      Pages.error("close:confirm", "cohort.close.confirm_required");
      return null;
    }
    return act("close", () -> settings.close(current.get(), id), "cohort.close.done");
  }

  public String saveFacilitators() {
    return act(
        "facilitators",
        () -> cohorts.changeFacilitators(current.get(), id, InvitationPlan.split(emails)),
        "cohort.facilitators.saved");
  }

  /** Does it, then says so after a redirect; a refusal shows next to its fields in this form. */
  private String act(String form, Runnable change, String done) {
    try {
      change.run();
      Pages.info(done);
      Pages.redirect(CohortLinks.cohort(id));
    } catch (Refusal refusal) {
      if (refusal.errors().isEmpty()) {
        Pages.refused("facilitators".equals(form) ? "facilitators:emails" : null, refusal);
      }
      for (Refusal.FieldError error : refusal.errors()) {
        Pages.errorText(form + ":" + error.field(), Pages.format(error.message()));
      }
    }
    return null;
  }

  public String getReflectionsLink() {
    return CohortLinks.reflections(id);
  }

  public String getProgressLink() {
    return CohortLinks.progress(id);
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public void setTargetDate(LocalDate targetDate) {
    this.targetDate = targetDate;
  }

  public LocalDate getCodeExpiresOn() {
    return codeExpiresOn;
  }

  public void setCodeExpiresOn(LocalDate codeExpiresOn) {
    this.codeExpiresOn = codeExpiresOn;
  }

  public Integer getInactiveDays() {
    return inactiveDays;
  }

  public void setInactiveDays(Integer inactiveDays) {
    this.inactiveDays = inactiveDays;
  }

  public boolean isConfirmClose() {
    return confirmClose;
  }

  public void setConfirmClose(boolean confirmClose) {
    this.confirmClose = confirmClose;
  }
}
