package org.pathways.workshop.entity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A checked description of a workshop, from the API or the organisers' page: what {@link Workshop}
 * is created from or changed to.
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
    Set<UUID> facilitators,
    Instant registrationOpens,
    Instant registrationCloses,
    Integer prerequisitePercent) {

  public WorkshopPlan {
    sessions = List.copyOf(sessions);
    facilitators = Set.copyOf(facilitators);
  }

  /** One session, as instants. */
  public record Span(Instant start, Instant end) {}

  /** Where it is held, with the location of its ZIP code. */
  public record Venue(
      String name, String address, String city, String state, String zip, double lat, double lon) {}
}
