package org.pathways.workshop.boundary;

import static java.util.stream.Collectors.joining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathways.content.control.ContentLibrary;
import org.pathways.content.entity.PhaseKind;
import org.pathways.content.entity.Program;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.Places;
import org.pathways.workshop.entity.WorkshopKind;
import org.pathways.workshop.entity.WorkshopPlan;
import org.pathways.workshop.entity.WorkshopRequest;

/**
 * Checks an organiser's request as a whole and turns it into a plan, naming every field that is
 * wrong at once (the program and phase exist and meet in person, times parse in the venue's zone,
 * the ZIP code is known, the facilitators are email addresses).
 */
@ApplicationScoped
public class WorkshopPlans {

  static final Duration LONGEST_SESSION = Duration.ofHours(14);

  @Inject ContentLibrary library;
  @Inject Places places;

  public WorkshopPlan plan(WorkshopRequest request) {
    List<Refusal.FieldError> errors = new ArrayList<>();
    Optional<Program> program = library.catalog().program(request.program);
    Program.Phase phase = null;
    if (program.isEmpty()) {
      errors.add(error("program", "There is no program \"" + safe(request.program) + "\"."));
    } else {
      phase = program.get().phase(request.phase).orElse(null);
      if (phase == null) {
        errors.add(
            error(
                "phase",
                "The program \""
                    + program.get().title()
                    + "\" has no phase "
                    + request.phase
                    + "."));
      } else if (phase.kind() == PhaseKind.ONLINE) {
        errors.add(
            error("phase", "Phase " + phase.number() + " is online only: it has no workshops."));
      }
    }
    WorkshopKind kind = null;
    try {
      kind = WorkshopKind.valueOf(request.kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          error(
              "kind",
              "Choose the kind of workshop: one of "
                  + String.join(
                      ", ", java.util.Arrays.stream(WorkshopKind.values()).map(Enum::name).toList())
                  + "."));
    }
    if (request.capacity < 1 || request.capacity > 10_000) {
      errors.add(error("capacity", "Capacity is between 1 and 10,000 teachers."));
    }
    ZoneId zone = null;
    try {
      zone = ZoneId.of(request.timeZone.strip());
    } catch (DateTimeException e) {
      errors.add(
          error(
              "timeZone",
              "\""
                  + safe(request.timeZone)
                  + "\" is not a time zone. Use one such as America/Denver."));
    }
    List<WorkshopPlan.Span> spans = new ArrayList<>();
    if (zone != null) {
      for (int i = 0; i < request.sessions.size(); i++) {
        WorkshopRequest.Times times = request.sessions.get(i);
        String field = "sessions[" + i + "]";
        Instant start = instant(times.start, zone);
        Instant end = instant(times.end, zone);
        if (start == null || end == null) {
          errors.add(
              error(field, "Session " + (i + 1) + ": give start and end like 2027-06-23T09:00."));
        } else if (!end.isAfter(start)) {
          errors.add(error(field, "Session " + (i + 1) + " ends before it starts."));
        } else if (Duration.between(start, end).compareTo(LONGEST_SESSION) > 0) {
          errors.add(error(field, "Session " + (i + 1) + " is longer than 14 hours."));
        } else {
          spans.add(new WorkshopPlan.Span(start, end));
        }
      }
    }
    WorkshopPlan.Venue venue = null;
    if (request.location != null) {
      WorkshopRequest.Place place = request.location;
      String state = place.state.strip().toUpperCase(Locale.ROOT);
      Optional<Places.Place> located = places.zip(place.zip);
      if (located.isEmpty()) {
        errors.add(
            error("location.zip", "We do not know the ZIP code \"" + safe(place.zip) + "\"."));
      } else {
        venue =
            new WorkshopPlan.Venue(
                place.venue.strip(),
                place.address == null || place.address.isBlank() ? null : place.address.strip(),
                place.city.strip(),
                state,
                located.get().zip(),
                located.get().point().lat(),
                located.get().point().lon());
      }
    }
    String meetingUrl = null;
    if (request.virtual != null) {
      meetingUrl = request.virtual.meetingUrl.strip();
      if (!webAddress(meetingUrl)) {
        errors.add(
            error("virtual.meetingUrl", "The meeting link must be a web address (https://...)."));
      }
    }
    if (request.location == null && request.virtual == null) {
      errors.add(error("location", "Give the venue, the online meeting link, or both."));
    }
    List<String> facilitators = request.facilitators == null ? List.of() : request.facilitators;
    List<String> notAddresses = InvitationPlan.of(Map.of(), Set.of(), facilitators).invalid();
    if (!notAddresses.isEmpty()) {
      errors.add(
          error(
              "facilitators",
              Texts.english(
                  "invitations.invalid",
                  notAddresses.stream().map(WorkshopPlans::safe).collect(joining(", ")))));
    }
    Instant opens = null;
    Instant closes = null;
    if (zone != null) {
      opens = optionalInstant(request.registrationOpens, zone, "registrationOpens", errors);
      closes = optionalInstant(request.registrationCloses, zone, "registrationCloses", errors);
      if (opens != null && closes != null && !closes.isAfter(opens)) {
        errors.add(error("registrationCloses", "Registration must close after it opens."));
      }
    }
    if (request.prerequisitePercent != null
        && (request.prerequisitePercent < 0 || request.prerequisitePercent > 100)) {
      errors.add(error("prerequisitePercent", "The percent required is between 0 and 100."));
    }
    if (!errors.isEmpty()) {
      throw new Refusal(
          Refusal.Kind.INVALID,
          errors.size() == 1 ? errors.get(0).message() : "Please correct the fields below.",
          errors,
          null);
    }
    return new WorkshopPlan(
        request.title.strip(),
        program.get().slug(),
        phase.number(),
        kind,
        request.capacity,
        zone,
        spans,
        venue,
        meetingUrl,
        facilitators,
        opens,
        closes,
        request.prerequisitePercent);
  }

  /** A date-time with an offset, or a local one in the workshop's zone; null when unreadable. */
  static Instant instant(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      try {
        return LocalDateTime.parse(value).atZone(zone).toInstant();
      } catch (DateTimeException again) {
        return null;
      }
    }
  }

  private static Instant optionalInstant(
      String text, ZoneId zone, String field, List<Refusal.FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Instant instant = instant(text, zone);
    if (instant == null) {
      errors.add(error(field, "Give a date and time such as 2027-06-01T17:00."));
    }
    return instant;
  }

  static boolean webAddress(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static Refusal.FieldError error(String field, String message) {
    return new Refusal.FieldError(field, message);
  }

  static String safe(String text) {
    return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}@._+/:, -]", "").strip();
  }
}
