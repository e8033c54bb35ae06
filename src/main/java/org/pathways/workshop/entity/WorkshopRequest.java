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

  @NotBlank(message = "{workshop.request.title.required}")
  @Size(max = 200, message = "{workshop.request.title.size}")
  public String title;

  @NotBlank(message = "{workshop.request.program.required}")
  @Size(max = 60, message = "{workshop.request.program.size}")
  public String program;

  @NotNull(message = "{workshop.request.phase.required}")
  public Integer phase;

  @NotBlank(message = "{workshop.request.kind.required}")
  @Size(max = 20, message = "{workshop.request.kind.size}")
  public String kind;

  @NotNull(message = "{workshop.request.capacity.required}")
  public Integer capacity;

  @NotBlank(message = "{workshop.request.timeZone.required}")
  @Size(max = 60, message = "{workshop.request.timeZone.size}")
  public String timeZone;

  @NotNull(message = "{workshop.request.sessions.required}")
  @Size(min = 1, max = 30, message = "{workshop.request.sessions.size}")
  public List<@NotNull(message = "{workshop.request.session.required}") @Valid Times> sessions =
      new ArrayList<>();

  @Valid public Place location;

  @Valid public Online virtual;

  @Size(max = 50, message = "{workshop.request.facilitators.size}")
  public List<@NotBlank(message = "{workshop.request.facilitator.required}") String> facilitators =
      new ArrayList<>();

  @Size(max = 40, message = "{workshop.request.registrationOpens.size}")
  public String registrationOpens;

  @Size(max = 40, message = "{workshop.request.registrationCloses.size}")
  public String registrationCloses;

  /** The percent of the earlier online phase required, when less than the whole course. */
  public Integer prerequisitePercent;

  /** The partner district it is organised for (optional). */
  public String districtId;

  /** A session's start and end. */
  public static class Times {
    @NotBlank(message = "{workshop.request.start.required}")
    @Size(max = 40, message = "{workshop.request.start.size}")
    public String start;

    @NotBlank(message = "{workshop.request.end.required}")
    @Size(max = 40, message = "{workshop.request.end.size}")
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
    @NotBlank(message = "{workshop.request.venue.required}")
    @Size(max = 200, message = "{workshop.request.venue.size}")
    public String venue;

    @Size(max = 300, message = "{workshop.request.address.size}")
    public String address;

    @NotBlank(message = "{workshop.request.city.required}")
    @Size(max = 120, message = "{workshop.request.city.size}")
    public String city;

    @NotBlank(message = "{workshop.request.state.required}")
    @Size(min = 2, max = 2, message = "{workshop.request.state.size}")
    public String state;

    @NotBlank(message = "{workshop.request.zip.required}")
    @Size(max = 10, message = "{workshop.request.zip.size}")
    public String zip;
  }

  /** The online meeting. */
  public static class Online {
    @NotBlank(message = "{workshop.request.meetingUrl.required}")
    @Size(max = 500, message = "{workshop.request.meetingUrl.size}")
    public String meetingUrl;
  }
}
