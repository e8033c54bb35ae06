package org.pathways.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Role;

/**
 * Whether the menu offers Reports ({@code #{reportMenu.shown}}): to program staff and district
 * managers, by role alone (no statement on every page; the page itself checks the districts).
 */
@Named
@RequestScoped
public class ReportMenu {

  @Inject CurrentCaller current;
  @Inject Authorization authorization;

  public boolean isShown() {
    return authorization.organises(current.get()) || current.get().has(Role.DISTRICT_MANAGER);
  }
}
