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

  @NotBlank(message = "Give the workshop a title.")
  @Size(max = 200, message = "A title has at most 200 characters.")
  public String title;

  @NotBlank(message = "Choose the program.")
  @Size(max = 60, message = "Choose a program from the catalog.")
  public String program;

  @NotNull(message = "Choose the phase.")
  public Integer phase;

  @NotBlank(message = "Choose the kind of workshop.")
  @Size(max = 20, message = "Choose the kind of workshop.")
  public String kind;

  @NotNull(message = "Say how many teachers can take part.")
  public Integer capacity;

  @NotBlank(message = "Give the time zone of the venue, such as America/Denver.")
  @Size(max = 60, message = "Give a time zone such as America/Denver.")
  public String timeZone;

  @NotNull(message = "Add at least one session.")
  @Size(min = 1, max = 30, message = "A workshop has between 1 and 30 sessions.")
  public List<@NotNull(message = "A session needs a start and an end.") @Valid Times> sessions =
      new ArrayList<>();

  @Valid public Place location;

  @Valid public Online virtual;

  @Size(max = 50, message = "A workshop has at most 50 facilitators.")
  public List<@NotBlank(message = "A facilitator's email cannot be empty.") String> facilitators =
      new ArrayList<>();

  @Size(max = 40, message = "Give a date and time such as 2027-05-01T09:00.")
  public String registrationOpens;

  @Size(max = 40, message = "Give a date and time such as 2027-06-01T17:00.")
  public String registrationCloses;

  /** The percent of the earlier online phase required, when less than the whole course. */
  public Integer prerequisitePercent;

  /** A session's start and end. */
  public static class Times {
    @NotBlank(message = "Give the start of every session.")
    @Size(max = 40, message = "Give a start such as 2027-06-23T09:00.")
    public String start;

    @NotBlank(message = "Give the end of every session.")
    @Size(max = 40, message = "Give an end such as 2027-06-23T16:00.")
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
    @NotBlank(message = "Name the venue.")
    @Size(max = 200, message = "A venue name has at most 200 characters.")
    public String venue;

    @Size(max = 300, message = "An address has at most 300 characters.")
    public String address;

    @NotBlank(message = "Give the venue's city.")
    @Size(max = 120, message = "A city has at most 120 characters.")
    public String city;

    @NotBlank(message = "Give the venue's state, such as CO.")
    @Size(min = 2, max = 2, message = "Give the state as two letters, such as CO.")
    public String state;

    @NotBlank(message = "Give the venue's ZIP code.")
    @Size(max = 10, message = "Give a five-digit ZIP code.")
    public String zip;
  }

  /** The online meeting. */
  public static class Online {
    @NotBlank(message = "Give the meeting link.")
    @Size(max = 500, message = "A meeting link has at most 500 characters.")
    public String meetingUrl;
  }
}
