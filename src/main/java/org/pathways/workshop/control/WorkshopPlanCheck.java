package org.pathways.workshop.control;

import static java.util.stream.Collectors.joining;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pathways.content.entity.PhaseKind;
import org.pathways.content.entity.Program;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.platform.entity.Refusal.FieldError;
import org.pathways.workshop.entity.WorkshopKind;
import org.pathways.workshop.entity.WorkshopPlan;
import org.pathways.workshop.entity.WorkshopRequest;

/**
 * Checks an organiser's request as a whole and turns it into a plan, naming every field that is
 * wrong at once: the program and phase exist and meet in person, times parse in the venue's zone,
 * the ZIP code is known, the facilitators are email addresses.
 */
public final class WorkshopPlanCheck {

  static final Duration LONGEST_SESSION = Duration.ofHours(14);

  /** The plan, or every field that is wrong (then the plan is null). */
  public record Result(WorkshopPlan plan, List<FieldError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public boolean valid() {
      return errors.isEmpty();
    }
  }

  private final Function<String, Optional<Program>> programs;
  private final Function<String, Optional<Places.Place>> zips;
  private final List<FieldError> errors = new ArrayList<>();

  private WorkshopPlanCheck(
      Function<String, Optional<Program>> programs, Function<String, Optional<Places.Place>> zips) {
    this.programs = programs;
    this.zips = zips;
  }

  /**
   * @param programs the program catalog, by slug
   * @param zips the place of a ZIP code, when known
   */
  public static Result check(
      WorkshopRequest request,
      Function<String, Optional<Program>> programs,
      Function<String, Optional<Places.Place>> zips) {
    return new WorkshopPlanCheck(programs, zips).plan(request);
  }

  private Result plan(WorkshopRequest request) {
    Optional<Program> program = programs.apply(request.program);
    Program.Phase phase = program.flatMap(p -> phase(p, request.phase)).orElse(null);
    if (program.isEmpty()) {
      error("program", "workshop.plan.noProgram", safe(request.program));
    }
    WorkshopKind kind = kind(request.kind);
    if (request.capacity < 1 || request.capacity > 10_000) {
      error("capacity", "workshop.plan.capacity");
    }
    ZoneId zone = zone(request.timeZone);
    List<WorkshopPlan.Span> spans = zone == null ? List.of() : spans(request.sessions, zone);
    WorkshopPlan.Venue venue = request.location == null ? null : venue(request.location);
    String meetingUrl = null;
    if (request.virtual != null) {
      meetingUrl = request.virtual.meetingUrl.strip();
      if (!webAddress(meetingUrl)) {
        error("virtual.meetingUrl", "workshop.plan.meetingUrl");
      }
    }
    if (request.location == null && request.virtual == null) {
      error("location", "workshop.plan.location");
    }
    List<String> facilitators = request.facilitators == null ? List.of() : request.facilitators;
    List<String> notAddresses = InvitationPlan.of(Map.of(), Set.of(), facilitators).invalid();
    if (!notAddresses.isEmpty()) {
      error(
          "facilitators",
          "identity.invitation.invalid",
          notAddresses.stream().map(WorkshopPlanCheck::safe).collect(joining(", ")));
    }
    Instant opens = null;
    Instant closes = null;
    if (zone != null) {
      opens = optionalInstant(request.registrationOpens, zone, "registrationOpens");
      closes = optionalInstant(request.registrationCloses, zone, "registrationCloses");
      if (opens != null && closes != null && !closes.isAfter(opens)) {
        error("registrationCloses", "workshop.plan.closesBeforeOpens");
      }
    }
    if (request.prerequisitePercent != null
        && (request.prerequisitePercent < 0 || request.prerequisitePercent > 100)) {
      error("prerequisitePercent", "workshop.plan.percent");
    }
    if (!errors.isEmpty()) {
      return new Result(null, errors);
    }
    return new Result(
        new WorkshopPlan(
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
            request.prerequisitePercent),
        List.of());
  }

  private Optional<Program.Phase> phase(Program program, Integer number) {
    Program.Phase phase = program.phase(number).orElse(null);
    if (phase == null) {
      error("phase", "workshop.plan.noPhase", program.title(), String.valueOf(number));
    } else if (phase.kind() == PhaseKind.ONLINE) {
      error("phase", "workshop.plan.onlineOnly", String.valueOf(phase.number()));
    }
    return Optional.ofNullable(phase);
  }

  private WorkshopKind kind(String text) {
    try {
      return WorkshopKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      error(
          "kind",
          "workshop.plan.kind",
          String.join(", ", Arrays.stream(WorkshopKind.values()).map(Enum::name).toList()));
      return null;
    }
  }

  private ZoneId zone(String text) {
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      error("timeZone", "workshop.plan.timeZone", safe(text));
      return null;
    }
  }

  private List<WorkshopPlan.Span> spans(List<WorkshopRequest.Times> sessions, ZoneId zone) {
    List<WorkshopPlan.Span> spans = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      WorkshopRequest.Times times = sessions.get(i);
      String field = "sessions[" + i + "]";
      String number = String.valueOf(i + 1);
      Instant start = instant(times.start, zone);
      Instant end = instant(times.end, zone);
      if (start == null || end == null) {
        error(field, "workshop.plan.sessionTimes", number);
      } else if (!end.isAfter(start)) {
        error(field, "workshop.plan.sessionBackwards", number);
      } else if (Duration.between(start, end).compareTo(LONGEST_SESSION) > 0) {
        error(field, "workshop.plan.sessionTooLong", number);
      } else {
        spans.add(new WorkshopPlan.Span(start, end));
      }
    }
    return spans;
  }

  private WorkshopPlan.Venue venue(WorkshopRequest.Place place) {
    Optional<Places.Place> located = zips.apply(place.zip);
    if (located.isEmpty()) {
      error("location.zip", "workshop.plan.unknownZip", safe(place.zip));
      return null;
    }
    return new WorkshopPlan.Venue(
        place.venue.strip(),
        place.address == null || place.address.isBlank() ? null : place.address.strip(),
        place.city.strip(),
        place.state.strip().toUpperCase(Locale.ROOT),
        located.get().zip(),
        located.get().point().lat(),
        located.get().point().lon());
  }

  private Instant optionalInstant(String text, ZoneId zone, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Instant instant = instant(text, zone);
    if (instant == null) {
      error(field, "workshop.plan.dateTime");
    }
    return instant;
  }

  private void error(String field, String key, Object... arguments) {
    errors.add(FieldError.of(field, key, arguments));
  }

  /** A date-time with an offset, or a local one in the workshop's zone; null when unreadable. */
  public static Instant instant(String text, ZoneId zone) {
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

  static boolean webAddress(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** What a user wrote, reduced to characters that are safe to repeat in a message. */
  public static String safe(String text) {
    return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}@._+/:, -]", "").strip();
  }
}
