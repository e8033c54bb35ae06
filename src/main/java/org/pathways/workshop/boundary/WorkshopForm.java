package org.pathways.workshop.boundary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopKind;
import org.pathways.workshop.entity.WorkshopRequest;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * The fields of the organisers' workshop form (admin/workshop.xhtml), filled from a workshop and
 * turned into the same request the API takes. Blank session rows are ignored.
 */
public class WorkshopForm {

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

  /** The form of a workshop as it is, with its facilitators' and invited addresses. */
  static WorkshopForm of(Workshop w, List<String> facilitatorEmails) {
    WorkshopForm form = new WorkshopForm();
    ZoneId zone = w.zone();
    form.title = w.getTitle();
    form.phase = w.getProgramSlug() + "/" + w.getPhase();
    form.kind = w.getKind().name();
    form.capacity = w.getCapacity();
    form.timeZone = w.getTimeZone();
    for (WorkshopSession s : w.getSessions()) {
      SessionRow row = new SessionRow();
      row.start = local(s.getStartsAt(), zone);
      row.end = local(s.getEndsAt(), zone);
      form.sessions.add(row);
    }
    if (w.getVenue() != null) {
      form.venue = w.getVenue().getName();
      form.address = w.getVenue().getAddress();
      form.city = w.getVenue().getCity();
      form.state = w.getVenue().getState();
      form.zip = w.getVenue().getZip();
    }
    form.meetingUrl = w.getMeetingUrl();
    // Those who accepted, then those invited who have not yet: saving keeps both.
    form.facilitators = String.join(", ", facilitatorEmails);
    form.registrationOpens = local(w.getRegistrationOpens(), zone);
    form.registrationCloses = local(w.getRegistrationCloses(), zone);
    form.prerequisitePercent = w.getPrerequisitePercent();
    form.districtId = w.getDistrictId() == null ? "" : w.getDistrictId().toString();
    return form;
  }

  /** Adds empty session rows up to this many. */
  WorkshopForm withRows(int rows) {
    while (sessions.size() < rows) {
      sessions.add(new SessionRow());
    }
    return this;
  }

  private static String local(Instant instant, ZoneId zone) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
  }

  /** The request the API would take for the same workshop. */
  WorkshopRequest request() {
    WorkshopRequest request = new WorkshopRequest();
    request.title = blank(title);
    // The page always says: a district, or none (empty).
    request.districtId = districtId == null ? "" : districtId;
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
    return request;
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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

  /** The partner district's id, or empty for none. */
  private String districtId = "";

  public String getDistrictId() {
    return districtId;
  }

  public void setDistrictId(String districtId) {
    this.districtId = districtId;
  }
}
