package org.pathways.workshop.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * What an organiser sends to create or change a workshop. Times are ISO date-times, either local to
 * the workshop's time zone ({@code 2027-06-23T09:00}) or with an offset. A class: see the identity
 * DTOs for why.
 */
public class WorkshopRequest {

  @NotBlank(message = "{workshops.request.title.required}")
  @Size(max = 200, message = "{workshops.request.title.size}")
  public String title;

  @NotBlank(message = "{workshops.request.program.required}")
  @Size(max = 60, message = "{workshops.request.program.size}")
  public String program;

  @NotNull(message = "{workshops.request.phase.required}")
  public Integer phase;

  @NotBlank(message = "{workshops.request.kind.required}")
  @Size(max = 20, message = "{workshops.request.kind.size}")
  public String kind;

  @NotNull(message = "{workshops.request.capacity.required}")
  public Integer capacity;

  @NotBlank(message = "{workshops.request.timeZone.required}")
  @Size(max = 60, message = "{workshops.request.timeZone.size}")
  public String timeZone;

  @NotNull(message = "{workshops.request.sessions.required}")
  @Size(min = 1, max = 30, message = "{workshops.request.sessions.size}")
  public List<@NotNull(message = "{workshops.request.session.required}") @Valid Times> sessions =
      new ArrayList<>();

  @Valid public Place location;

  @Valid public Online virtual;

  @Size(max = 50, message = "{workshops.request.facilitators.size}")
  public List<@NotBlank(message = "{workshops.request.facilitator.required}") String> facilitators =
      new ArrayList<>();

  @Size(max = 40, message = "{workshops.request.registrationOpens.size}")
  public String registrationOpens;

  @Size(max = 40, message = "{workshops.request.registrationCloses.size}")
  public String registrationCloses;

  /** The percent of the earlier online phase required, when less than the whole course. */
  public Integer prerequisitePercent;

  /** A session's start and end. */
  public static class Times {
    @NotBlank(message = "{workshops.request.start.required}")
    @Size(max = 40, message = "{workshops.request.start.size}")
    public String start;

    @NotBlank(message = "{workshops.request.end.required}")
    @Size(max = 40, message = "{workshops.request.end.size}")
    public String end;

    public Times() {
      // for JSON-B
    }

    public Times(String start, String end) {
      this.start = start;
      this.end = end;
    }
  }

  /** The venue. */
  public static class Place {
    @NotBlank(message = "{workshops.request.venue.required}")
    @Size(max = 200, message = "{workshops.request.venue.size}")
    public String venue;

    @Size(max = 300, message = "{workshops.request.address.size}")
    public String address;

    @NotBlank(message = "{workshops.request.city.required}")
    @Size(max = 120, message = "{workshops.request.city.size}")
    public String city;

    @NotBlank(message = "{workshops.request.state.required}")
    @Size(min = 2, max = 2, message = "{workshops.request.state.size}")
    public String state;

    @NotBlank(message = "{workshops.request.zip.required}")
    @Size(max = 10, message = "{workshops.request.zip.size}")
    public String zip;
  }

  /** The online meeting. */
  public static class Online {
    @NotBlank(message = "{workshops.request.meetingUrl.required}")
    @Size(max = 500, message = "{workshops.request.meetingUrl.size}")
    public String meetingUrl;
  }
}
