package org.pathways.workshop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.Distance;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;

/**
 * The workshop card of a module's step: the teacher's own registration for a workshop of the phase
 * the step names, or the nearest upcoming ones (from their profile's ZIP code) with a register
 * button.
 */
@Named
@RequestScoped
public class WorkshopCard {

  static final int SHOWN = 3;

  @Inject Workshops workshops;
  @Inject WorkshopSearch search;
  @Inject Registrations registrations;
  @Inject Accounts accounts;
  @Inject CurrentCaller current;

  /** A line of the card: a workshop and the caller's place in it, if any. */
  public record Line(Workshop workshop, Double distanceKm, RegistrationStatus status) {}

  private List<Line> lines;
  private boolean mine;
  private boolean located;

  /** The caller's registrations for the phase, or else the nearest upcoming workshops. */
  public List<Line> lines(String program, int phase) {
    if (lines != null) {
      return lines;
    }
    Caller caller = current.get();
    Map<UUID, Registration> registered = workshops.registrationsOf(caller);
    List<Line> own = new ArrayList<>();
    workshops
        .workshops(registered.keySet())
        .values()
        .forEach(
            w -> {
              if (w.getProgramSlug().equals(program) && w.getPhase() == phase) {
                own.add(new Line(w, null, registered.get(w.getId()).getStatus()));
              }
            });
    if (!own.isEmpty()) {
      mine = true;
      lines = own;
      return lines;
    }
    Distance.Point near =
        caller.signedIn()
            ? accounts
                .account(caller.id())
                .flatMap(a -> search.locate(a.getZip()))
                .map(p -> p.point())
                .orElse(null)
            : null;
    located = near != null;
    lines =
        search.nearest(program, phase, near, SHOWN).stream()
            .map(f -> new Line(f.workshop(), f.distanceKm(), null))
            .toList();
    return lines;
  }

  public boolean isMine() {
    return mine;
  }

  public boolean isLocated() {
    return located;
  }

  public String findUrl(String program, int phase) {
    return Journeys.findUrl(program, phase);
  }

  /** Registers from the card and comes back to the step. */
  public String register() {
    UUID id = Pages.id("workshop");
    String back = LearningLinks.step(orEmpty(Pages.param("course")), orEmpty(Pages.param("step")));
    try {
      Registrations.Outcome outcome = registrations.register(current.get(), id);
      Pages.info(
          outcome.registration().getStatus() == RegistrationStatus.REGISTERED
              ? "workshop.registered"
              : "workshop.waitlisted");
      Pages.redirect(back);
    } catch (Registrations.PrerequisitesUnmet unmet) {
      Pages.refused(null, unmet);
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
