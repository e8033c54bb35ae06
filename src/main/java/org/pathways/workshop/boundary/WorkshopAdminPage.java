package org.pathways.workshop.boundary;

import static org.pathways.platform.entity.Ids.uuid;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.identity.entity.Role;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopKind;
import org.pathways.workshop.entity.WorkshopRequest;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * admin/workshops.xhtml and admin/workshop.xhtml: program managers and administrators list, create
 * and edit workshops. Up to {@value #ROWS} sessions on the page (the API takes up to 30); blank
 * session rows are ignored.
 */
@Named
@RequestScoped
public class WorkshopAdminPage {

  static final int ROWS = 6;

  @Inject Workshops workshops;
  @Inject WorkshopPlans plans;
  @Inject org.pathways.content.control.ContentLibrary library;
  @Inject Validator validator;
  @Inject CurrentCaller current;

  private UUID id;
  private String title;
  private String phase;
  private String kind = WorkshopKind.ONE_DAY.name();
  private Integer capacity = 30;
  private String timeZone = "America/New_York";
  private final List<SessionRow> sessions = new ArrayList<>();
  private String venue;
  private String address;
  private String city;
  private String state;
  private String zip;
  private String meetingUrl;
  private String facilitators;
  private String registrationOpens;
  private String registrationCloses;
  private Integer prerequisitePercent;
  private List<Workshop> all;

  /** One row of the sessions table: local date-times in the workshop's zone. */
  public static class SessionRow {
    private String start;
    private String end;

    public String getStart() {
      return start;
    }

    public void setStart(String start) {
      this.start = start;
    }

    public String getEnd() {
      return end;
    }

    public void setEnd(String end) {
      this.end = end;
    }
  }

  @PostConstruct
  void load() {
    if (!current.get().hasAny(Role.PROGRAM_MANAGER, Role.ADMIN)) {
      Pages.sendError(403);
      return;
    }
    id = uuid(Pages.param("id"));
    if (id != null) {
      Workshop w = workshops.find(id).orElse(null);
      if (w == null) {
        Pages.sendError(404);
        return;
      }
      ZoneId zone = w.zone();
      title = w.getTitle();
      phase = w.getProgramSlug() + "/" + w.getPhase();
      kind = w.getKind().name();
      capacity = w.getCapacity();
      timeZone = w.getTimeZone();
      for (WorkshopSession s : w.getSessions()) {
        SessionRow row = new SessionRow();
        row.start = local(s.getStartsAt(), zone);
        row.end = local(s.getEndsAt(), zone);
        sessions.add(row);
      }
      venue = w.getVenue();
      address = w.getAddress();
      city = w.getCity();
      state = w.getState();
      zip = w.getZip();
      meetingUrl = w.getMeetingUrl();
      // Those who accepted, then those invited who have not yet: saving keeps both.
      facilitators = String.join(", ", workshops.facilitatorEmails(w));
      registrationOpens = local(w.getRegistrationOpens(), zone);
      registrationCloses = local(w.getRegistrationCloses(), zone);
      prerequisitePercent = w.getPrerequisitePercent();
    }
    while (sessions.size() < ROWS) {
      sessions.add(new SessionRow());
    }
  }

  private static String local(Instant instant, ZoneId zone) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
  }

  public String save() {
    WorkshopRequest request = new WorkshopRequest();
    request.title = blank(title);
    if (phase != null && phase.contains("/")) {
      request.program = phase.substring(0, phase.indexOf('/'));
      try {
        request.phase = Integer.valueOf(phase.substring(phase.indexOf('/') + 1));
      } catch (NumberFormatException e) {
        request.phase = 0;
      }
    }
    request.kind = kind;
    request.capacity = capacity;
    request.timeZone = blank(timeZone);
    request.sessions =
        sessions.stream()
            .filter(r -> blank(r.start) != null || blank(r.end) != null)
            .map(r -> new WorkshopRequest.Times(blank(r.start), blank(r.end)))
            .toList();
    if (request.sessions.isEmpty()) {
      request.sessions = null;
    }
    if (blank(venue) != null || blank(city) != null || blank(zip) != null) {
      request.location = new WorkshopRequest.Place();
      request.location.venue = blank(venue);
      request.location.address = blank(address);
      request.location.city = blank(city);
      request.location.state = blank(state);
      request.location.zip = blank(zip);
    }
    if (blank(meetingUrl) != null) {
      request.virtual = new WorkshopRequest.Online();
      request.virtual.meetingUrl = meetingUrl.strip();
    }
    request.facilitators = InvitationPlan.split(facilitators);
    request.registrationOpens = blank(registrationOpens);
    request.registrationCloses = blank(registrationCloses);
    request.prerequisitePercent = prerequisitePercent;
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
              ? workshops.create(current.get(), plans.plan(request))
              : workshops.change(current.get(), id, plans.plan(request));
      Pages.info(id == null ? "workshops.admin.created" : "workshops.admin.saved");
      Pages.redirect("/workshops/workshop.xhtml?id=" + saved.getId());
    } catch (Refusal refusal) {
      if (refusal.errors().size() > 1) {
        refusal.errors().forEach(e -> Pages.errorText(null, e.message()));
      } else {
        Pages.refused(null, refusal);
      }
    }
    return null;
  }

  public List<Workshop> getWorkshops() {
    if (all == null) {
      all = workshops.organised(current.get(), false);
    }
    return all;
  }

  public List<FindWorkshopsPage.PhaseChoice> getPhases() {
    return FindWorkshopsPage.phaseChoices(library);
  }

  public List<String> getKinds() {
    return Arrays.stream(WorkshopKind.values()).map(Enum::name).toList();
  }

  public List<String> getZones() {
    return List.of(
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
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public UUID getId() {
    return id;
  }

  public List<SessionRow> getSessions() {
    return sessions;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getZip() {
    return zip;
  }

  public void setZip(String zip) {
    this.zip = zip;
  }

  public String getMeetingUrl() {
    return meetingUrl;
  }

  public void setMeetingUrl(String meetingUrl) {
    this.meetingUrl = meetingUrl;
  }

  public String getFacilitators() {
    return facilitators;
  }

  public void setFacilitators(String facilitators) {
    this.facilitators = facilitators;
  }

  public String getRegistrationOpens() {
    return registrationOpens;
  }

  public void setRegistrationOpens(String registrationOpens) {
    this.registrationOpens = registrationOpens;
  }

  public String getRegistrationCloses() {
    return registrationCloses;
  }

  public void setRegistrationCloses(String registrationCloses) {
    this.registrationCloses = registrationCloses;
  }

  public Integer getPrerequisitePercent() {
    return prerequisitePercent;
  }

  public void setPrerequisitePercent(Integer prerequisitePercent) {
    this.prerequisitePercent = prerequisitePercent;
  }
}
