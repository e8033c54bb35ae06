package org.pathways.workshop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.WorkshopDistricts;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopKind;
import org.pathways.workshop.entity.WorkshopRequest;

/**
 * admin/workshop.xhtml: program managers and administrators create and edit a workshop, district
 * managers those of their districts (403 for another's, as the API; 404 for none). Up to {@value
 * #ROWS} sessions on the page (the API takes up to 30); blank session rows are ignored.
 */
@Named
@RequestScoped
public class WorkshopAdminPage {

  static final int ROWS = 6;

  static final List<String> ZONES =
      List.of(
          "America/New_York",
          "America/Detroit",
          "America/Indiana/Indianapolis",
          "America/Chicago",
          "America/Denver",
          "America/Phoenix",
          "America/Boise",
          "America/Los_Angeles",
          "America/Anchorage",
          "Pacific/Honolulu",
          "America/Puerto_Rico");

  @Inject Workshops workshops;
  @Inject Authorization authorization;
  @Inject WorkshopPlans plans;
  @Inject ContentLibrary library;
  @Inject Validator validator;
  @Inject CurrentCaller current;
  @Inject org.pathways.district.boundary.Districts districts;

  @Inject WorkshopOrganisers organisers;

  private Optional<Workshop> edited;
  private WorkshopForm form;
  private WorkshopDistricts mine;
  private List<DistrictChoice> choices;

  /**
   * The view action, also on a postback (before its action): 403 unless the caller organises
   * workshops and may manage this one, 404 for an unknown one; the page is drawn only after it.
   */
  public void load() {
    if (Pages.forbiddenUnless(mine().organisesAny()) || getId() == null) {
      return;
    }
    if (edited().isEmpty()) {
      Pages.sendError(404);
      return;
    }
    Pages.forbiddenUnless(
        authorization.permits(current.get(), WorkshopRules.WORKSHOP_MANAGE, edited().get()));
  }

  /**
   * The districts the caller organises for, read once: a postback checks its district choice (which
   * reads them) before the view action runs.
   */
  private WorkshopDistricts mine() {
    if (mine == null) {
      mine = organisers.districtsFor(current.get());
    }
    return mine;
  }

  /** The workshop of the {@code id} parameter, read once (none for a new one or an unknown id). */
  private Optional<Workshop> edited() {
    if (edited == null) {
      UUID id = Pages.id("id");
      edited = id == null ? Optional.empty() : workshops.find(id);
    }
    return edited;
  }

  /**
   * The form as the workshop stands (a new one's defaults), with its session rows: a postback's
   * values then go into it.
   */
  public WorkshopForm getForm() {
    if (form == null) {
      form =
          edited()
              .map(w -> WorkshopForm.of(w, workshops.facilitatorEmails(w)))
              .orElseGet(WorkshopForm::new)
              .withRows(ROWS);
    }
    return form;
  }

  public String save() {
    if (Pages.answered()) {
      return null;
    }
    UUID id = getId();
    WorkshopRequest request = getForm().request();
    Set<ConstraintViolation<WorkshopRequest>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      violations.stream()
          .map(ConstraintViolation::getMessage)
          .distinct()
          .sorted()
          .forEach(message -> Pages.errorText(null, message));
      return null;
    }
    try {
      Workshop saved =
          id == null
              ? workshops.create(current.get(), plans.plan(request), request.districtId)
              : workshops.change(current.get(), id, plans.plan(request), request.districtId);
      Pages.info(id == null ? "workshop.admin.created" : "workshop.admin.saved");
      Pages.redirect(WorkshopLinks.workshopPath(saved.getId()));
    } catch (Refusal refusal) {
      if (refusal.errors().size() > 1) {
        refusal.errors().forEach(e -> Pages.errorText(null, Pages.format(e.message())));
      } else {
        Pages.refused(null, refusal);
      }
    }
    return null;
  }

  public List<FindWorkshopsPage.PhaseChoice> getPhases() {
    return FindWorkshopsPage.phaseChoices(library);
  }

  public List<String> getKinds() {
    return Arrays.stream(WorkshopKind.values()).map(Enum::name).toList();
  }

  /**
   * The choices of the district select: for staff none and every partner district, for a district
   * manager only the districts they manage (a district is required of them).
   */
  public List<DistrictChoice> getDistricts() {
    if (choices == null) {
      List<DistrictChoice> all = new java.util.ArrayList<>();
      if (mine().staff()) {
        all.add(new DistrictChoice("", null));
      }
      districts
          .visibleTo(current.get())
          .forEach(
              d ->
                  all.add(
                      new DistrictChoice(
                          d.getId().toString(), d.getName() + " (" + d.getState() + ")")));
      choices = all;
    }
    return choices;
  }

  /** A district of the select; a null label is the choice of none. */
  public record DistrictChoice(String id, String label) {}

  public List<String> getZones() {
    return ZONES;
  }

  /** The id of the workshop edited, null for a new one (an unknown id answers 404). */
  public UUID getId() {
    return Pages.id("id");
  }
}
