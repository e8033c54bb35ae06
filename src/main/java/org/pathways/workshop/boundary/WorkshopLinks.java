package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.pathways.platform.boundary.PublicSite;

/**
 * The workshop pages' addresses in one place: paths from the site root for pages, redirects and API
 * answers; and, for mail and calendar files, which are read away from the site, the same from the
 * public address ({@link PublicSite}): none is built without it.
 */
@ApplicationScoped
public class WorkshopLinks {

  private static final String FIND = "/workshops/index.xhtml";

  @Inject PublicSite publicSite;

  /** The organisers' list of upcoming workshops. */
  public static String organisePath() {
    return "/admin/workshops.xhtml";
  }

  /** A workshop's page. */
  public static String workshopPath(UUID id) {
    return UriBuilder.fromPath("/workshops/workshop.xhtml").queryParam("id", id).build().toString();
  }

  /** A workshop's calendar file in the API. */
  public static String calendarPath(UUID id) {
    return UriBuilder.fromPath("/api/workshops/{id}/calendar.ics").build(id).toString();
  }

  /** A workshop's roster, for its facilitators and organisers. */
  public static String rosterPath(UUID id) {
    return UriBuilder.fromPath("/workshops/roster.xhtml").queryParam("id", id).build().toString();
  }

  /** The search for a program's workshops of one phase. */
  public static String findPath(String program, int phase) {
    return UriBuilder.fromPath(FIND)
        .queryParam("program", program)
        .queryParam("phase", phase)
        .build()
        .toString();
  }

  /**
   * A page of the search's results, with the filters that are set (blank ones are left out), each
   * value encoded whole.
   */
  public static String findPagePath(
      int page, String near, int radius, String phase, String from, String to) {
    UriBuilder url = UriBuilder.fromPath(FIND).queryParam("searched", 1).queryParam("page", page);
    Map<String, Object> values = new HashMap<>();
    filter(url, values, "near", near);
    filter(url, values, "radius", String.valueOf(radius));
    filter(url, values, "phase", phase);
    filter(url, values, "from", from);
    filter(url, values, "to", to);
    return url.buildFromMap(values).toString();
  }

  private static void filter(
      UriBuilder url, Map<String, Object> values, String name, String value) {
    if (value != null && !value.isBlank()) {
      // A template value is encoded whole ("%", "+" and "/" included), as a form would send it.
      url.queryParam(name, "{" + name + "}");
      values.put(name, value);
    }
  }

  public boolean usable() {
    return publicSite.usable();
  }

  public String site() {
    return publicSite.root();
  }

  public String workshop(UUID id) {
    return publicSite.link(workshopPath(id));
  }

  public String journey() {
    return publicSite.link("/workshops/journey.xhtml");
  }

  public String find() {
    return publicSite.link(FIND);
  }
}
