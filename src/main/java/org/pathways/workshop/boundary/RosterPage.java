package org.pathways.workshop.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * workshops/roster.xhtml?id=: for a workshop's facilitators and organisers, the attendance codes of
 * its sessions and a table of teachers by session, where attendance is marked and saved at once.
 */
@Named
@RequestScoped
public class RosterPage {

  @Inject Workshops workshops;
  @Inject Attendances attendances;
  @Inject WorkshopViews views;
  @Inject CurrentCaller current;

  private Workshop workshop;
  private List<Attendances.RosterLine> lines;

  /**
   * The view action, also on a postback (before its action): 404 for an unknown workshop, 403 for
   * one the caller does not run or organise; the page is drawn (or saved) only after it.
   */
  public void load() {
    try {
      workshop = workshops.workshop(Pages.id("id"));
      lines = attendances.roster(current.get(), workshop.getId());
    } catch (Refusal refusal) {
      workshop = null;
      Pages.sendError(refusal.kind() == Refusal.Kind.FORBIDDEN ? 403 : 404);
    }
  }

  /** Marks every change between the table as sent and the attendance recorded. */
  public String save() {
    if (workshop == null || Pages.answered()) {
      return null;
    }
    String[] ticked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .getOrDefault("present", new String[0]);
    Set<String> present = new HashSet<>(List.of(ticked));
    int changes = 0;
    for (Attendances.RosterLine line : lines) {
      for (WorkshopSession session : workshop.getSessions()) {
        String key = key(session, line);
        boolean was = line.attended().contains(session.getId());
        boolean now = present.contains(key);
        if (was != now) {
          attendances.mark(
              current.get(), workshop.getId(), session.getId(), line.teacher().id(), now);
          changes++;
        }
      }
    }
    Pages.info(changes == 0 ? "workshop.roster.unchanged" : "workshop.roster.saved");
    Pages.redirect(WorkshopLinks.rosterPath(workshop.getId()));
    return null;
  }

  public String key(WorkshopSession session, Attendances.RosterLine line) {
    return session.getId() + ":" + line.teacher().id();
  }

  public boolean attended(WorkshopSession session, Attendances.RosterLine line) {
    return line.attended().contains(session.getId());
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public List<Attendances.RosterLine> getLines() {
    return lines;
  }

  public UUID getId() {
    return workshop == null ? null : workshop.getId();
  }
}
