package org.pathways.workshop.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Program;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.Prerequisites;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * workshops/workshop.xhtml?id=: one workshop, its sessions in the venue's time zone, where it is,
 * and the caller's place: register, join the waitlist or cancel, check in with a session's code,
 * add it to a calendar, and the certificate once attended.
 */
@Named
@RequestScoped
public class WorkshopPage {

  @Inject Workshops workshops;
  @Inject Registrations registrations;
  @Inject Attendances attendances;
  @Inject WorkshopViews views;
  @Inject ContentLibrary library;
  @Inject CurrentCaller current;
  @Inject Clock clock;

  private Workshop workshop;
  private Registration registration;
  private Set<UUID> attended = Set.of();
  private Certificate certificate;
  private List<Prerequisites.Missing> missing = List.of();
  private String code;

  @PostConstruct
  void load() {
    UUID id = Pages.id("id");
    try {
      workshop = workshops.workshop(id);
    } catch (Refusal refusal) {
      Pages.sendError(404);
      return;
    }
    Caller caller = current.get();
    if (caller.signedIn()) {
      registration =
          registrations
              .registration(workshop.getId(), caller.id())
              .filter(Registration::active)
              .orElse(null);
      attended = attendances.attendedBy(caller, workshop);
      certificate =
          attended.isEmpty()
              ? null
              : attendances.certificate(caller, workshop.getId()).orElse(null);
      if (registration == null) {
        missing = registrations.missing(caller, workshop);
      }
    }
  }

  public String register() {
    if (workshop == null) {
      return null;
    }
    try {
      Registrations.Outcome outcome = registrations.register(current.get(), workshop.getId());
      Pages.info(
          outcome.registration().getStatus() == RegistrationStatus.REGISTERED
              ? "workshop.registered"
              : "workshop.waitlisted");
      Pages.redirect(self());
    } catch (Registrations.PrerequisitesUnmet unmet) {
      Pages.errorText(null, Pages.text("workshop.refused.prerequisites"));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String cancel() {
    if (workshop == null) {
      return null;
    }
    try {
      registrations.cancel(current.get(), workshop.getId());
      Pages.info("workshop.cancelled");
      Pages.redirect(self());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String checkIn() {
    if (workshop == null) {
      return null;
    }
    try {
      Attendances.CheckIn checkIn = attendances.checkIn(current.get(), workshop.getId(), code);
      Pages.info(checkIn.created() ? "workshop.checkedIn" : "workshop.checkedInBefore");
      Pages.redirect(self());
    } catch (Refusal refusal) {
      Pages.refused("checkin:code", refusal);
    }
    return null;
  }

  private String self() {
    return WorkshopLinks.workshopPath(workshop.getId());
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public Registration getRegistration() {
    return registration;
  }

  public int getPosition() {
    return registration == null ? 0 : registrations.position(registration);
  }

  public boolean isRegistered() {
    return registration != null && registration.getStatus() == RegistrationStatus.REGISTERED;
  }

  public boolean isWaitlisted() {
    return registration != null && registration.getStatus() == RegistrationStatus.WAITLISTED;
  }

  public boolean isRuns() {
    return workshop != null && views.runs(current.get(), workshop);
  }

  /** The caller may edit it: program staff, or a manager of its district. */
  public boolean isManages() {
    return workshop != null && views.manages(current.get(), workshop);
  }

  public boolean isOpen() {
    return workshop != null && workshop.registration().closedAt(clock.instant()).isEmpty();
  }

  public boolean isOver() {
    return workshop != null && !clock.instant().isBefore(workshop.getLastEnd());
  }

  /** Whether check-in is open now for one of the sessions. */
  public boolean isCheckInOpen() {
    return isRegistered()
        && workshop.getSessions().stream().anyMatch(s -> s.checkInOpenAt(clock.instant()));
  }

  public boolean attended(WorkshopSession session) {
    return attended.contains(session.getId());
  }

  public java.math.BigDecimal getHours() {
    return Attendances.hours(workshop, attended);
  }

  public Certificate getCertificate() {
    return certificate;
  }

  public List<Prerequisites.Missing> getMissing() {
    return missing;
  }

  public String missingUrl(Prerequisites.Missing m) {
    return m.online()
        ? Journeys.courseUrl(m.course())
        : Journeys.findUrl(workshop.getProgramSlug(), m.phase());
  }

  public String getProgramTitle() {
    return library
        .catalog()
        .program(workshop.getProgramSlug())
        .map(Program::title)
        .orElse(workshop.getProgramSlug());
  }

  public String getPhaseTitle() {
    return library
        .catalog()
        .phase(workshop.getProgramSlug(), workshop.getPhase())
        .map(Program.Phase::title)
        .orElse("");
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
