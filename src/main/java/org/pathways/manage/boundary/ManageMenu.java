package org.pathways.manage.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.pathways.cohort.boundary.CohortLinks;
import org.pathways.content.boundary.ContentLinks;
import org.pathways.district.boundary.DistrictLinks;
import org.pathways.identity.boundary.IdentityLinks;
import org.pathways.identity.boundary.SignedIn;
import org.pathways.lti.boundary.LtiLinks;
import org.pathways.platform.boundary.Pages;
import org.pathways.report.boundary.ReportLinks;
import org.pathways.report.boundary.ReportMenu;
import org.pathways.workshop.boundary.WorkshopLinks;
import org.pathways.xapi.boundary.XapiLinks;

/**
 * The header's "Manage" entry ({@code #{manageMenu.shown}}) and manage/index.xhtml: the staff pages
 * the caller may open, each on the condition its page checks, by role alone.
 */
@Named
@RequestScoped
public class ManageMenu {

  @Inject SignedIn me;
  @Inject ReportMenu reports;

  /**
   * A staff page as the list shows it: its element id, path from the site root, and the bundle keys
   * of its title and its sentence.
   */
  public record Entry(String id, String path, String title, String sentence) {}

  private List<Entry> entries;

  /** The view action of manage/index.xhtml: 403 for someone with no staff page. */
  public void load() {
    Pages.forbiddenUnless(isShown());
  }

  public boolean isShown() {
    return !getEntries().isEmpty();
  }

  public List<Entry> getEntries() {
    if (entries == null) {
      List<Entry> shown = new ArrayList<>();
      boolean staff = me.isProgramManager();
      boolean districts = staff || me.isDistrictManager();
      add(shown, staff, "cohorts", CohortLinks.cohorts());
      add(shown, districts, "workshops", WorkshopLinks.organisePath());
      add(shown, staff, "inquiries", DistrictLinks.inquiries(null));
      add(shown, districts, "districts", DistrictLinks.districts());
      add(shown, reports.isShown(), "reports", ReportLinks.index());
      add(shown, me.isAdministrator(), "people", IdentityLinks.users());
      add(shown, me.isContentAdministrator(), "content", ContentLinks.admin());
      add(shown, me.isAdministrator(), "lti", LtiLinks.admin());
      add(shown, me.isAdministrator(), "xapi", XapiLinks.admin());
      entries = List.copyOf(shown);
    }
    return entries;
  }

  private static void add(List<Entry> shown, boolean allowed, String name, String path) {
    if (allowed) {
      shown.add(
          new Entry(
              "manage-" + name,
              path,
              "manage.index." + name,
              "manage.index." + name + ".sentence"));
    }
  }
}
