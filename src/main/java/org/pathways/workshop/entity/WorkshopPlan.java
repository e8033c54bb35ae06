package org.pathways.workshop.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A checked description of a workshop, from the API or the organisers' page: what {@link Workshop}
 * is created from or changed to. Facilitators are the emails written: each is invited, and
 * facilitates once they accept.
 */
public record WorkshopPlan(
    String title,
    String program,
    int phase,
    WorkshopKind kind,
    int capacity,
    ZoneId timeZone,
    List<Span> sessions,
    Venue venue,
    String meetingUrl,
    List<String> facilitators,
    Instant registrationOpens,
    Instant registrationCloses,
    Integer prerequisitePercent) {

  public WorkshopPlan {
    sessions = List.copyOf(sessions);
    facilitators = List.copyOf(facilitators);
  }

  /** One session, as instants. */
  public record Span(Instant start, Instant end) {}

  /** Where it is held, with the location of its ZIP code. */
  public record Venue(
      String name, String address, String city, String state, String zip, double lat, double lon) {}
}
