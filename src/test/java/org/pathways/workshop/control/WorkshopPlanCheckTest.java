package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Program;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal.FieldError;
import org.pathways.workshop.entity.WorkshopKind;
import org.pathways.workshop.entity.WorkshopRequest;

class WorkshopPlanCheckTest {

  static final Program HIGH_SCHOOL = HighSchoolProgram.withPhases(2);

  static final Places.Place DENVER =
      new Places.Place("80202", "Denver", "CO", new Distance.Point(39.75, -104.99));

  static WorkshopRequest request() {
    WorkshopRequest request = new WorkshopRequest();
    request.title = " Summer workshop, Denver ";
    request.program = "high-school";
    request.phase = 2;
    request.kind = "summer";
    request.capacity = 30;
    request.timeZone = "America/Denver";
    request.sessions = List.of(new WorkshopRequest.Times("2027-06-23T09:00", "2027-06-23T16:00"));
    request.location = new WorkshopRequest.Place();
    request.location.venue = "East High";
    request.location.city = "Denver";
    request.location.state = "co";
    request.location.zip = "80202";
    request.facilitators = List.of("ana@example.org");
    return request;
  }

  static WorkshopPlanCheck.Result check(WorkshopRequest request) {
    return WorkshopPlanCheck.check(
        request,
        slug -> slug.equals("high-school") ? Optional.of(HIGH_SCHOOL) : Optional.empty(),
        zip -> zip.equals("80202") ? Optional.of(DENVER) : Optional.empty());
  }

  @Test
  void aCompleteRequestBecomesAPlanInTheVenuesZone() {
    var result = check(request());
    assertThat(result.valid()).isTrue();
    var plan = result.plan();
    assertThat(plan.title()).isEqualTo("Summer workshop, Denver");
    assertThat(plan.kind()).isEqualTo(WorkshopKind.SUMMER);
    assertThat(plan.timeZone()).isEqualTo(ZoneId.of("America/Denver"));
    assertThat(plan.sessions().get(0).start()).isEqualTo(Instant.parse("2027-06-23T15:00:00Z"));
    assertThat(plan.venue().state()).isEqualTo("CO");
    assertThat(plan.venue().lat()).isEqualTo(39.75);
    assertThat(plan.facilitators()).containsExactly("ana@example.org");
  }

  @Test
  void everyWrongFieldIsNamedAtOnceWithItsSentence() {
    WorkshopRequest request = request();
    request.program = "nowhere\"<b>";
    request.kind = "party";
    request.capacity = 0;
    request.location.zip = "00000";
    request.virtual = new WorkshopRequest.Online();
    request.virtual.meetingUrl = "ftp://example.org";
    request.facilitators = List.of("not an address");
    request.registrationOpens = "2027-06-01T09:00";
    request.registrationCloses = "2027-05-01T09:00";
    request.prerequisitePercent = 101;
    var result = check(request);
    assertThat(result.plan()).isNull();
    assertThat(said(result.errors()))
        .containsExactly(
            new Said("program", "There is no program \"nowhereb\"."),
            new Said(
                "kind",
                "Choose the kind of workshop: one of "
                    + String.join(
                        ", ",
                        java.util.Arrays.stream(WorkshopKind.values()).map(Enum::name).toList())
                    + "."),
            new Said("capacity", "Capacity is between 1 and 10,000 teachers."),
            new Said("location.zip", "We do not know the ZIP code \"00000\"."),
            new Said("virtual.meetingUrl", "The meeting link must be a web address (https://...)."),
            new Said("facilitators", "These are not email addresses: not an address."),
            new Said("registrationCloses", "Registration must close after it opens."),
            new Said("prerequisitePercent", "The percent required is between 0 and 100."));
  }

  @Test
  void aPhaseMustExistAndMeetInPerson() {
    WorkshopRequest request = request();
    request.phase = 1;
    assertThat(said(check(request).errors()))
        .containsExactly(new Said("phase", "Phase 1 is online only: it has no workshops."));
    request.phase = 7;
    assertThat(said(check(request).errors()))
        .containsExactly(new Said("phase", "The program \"High school\" has no phase 7."));
  }

  @Test
  void eachSessionIsCheckedOnItsOwn() {
    WorkshopRequest request = request();
    request.sessions =
        List.of(
            new WorkshopRequest.Times("tomorrow", "2027-06-23T16:00"),
            new WorkshopRequest.Times("2027-06-23T16:00", "2027-06-23T09:00"),
            new WorkshopRequest.Times("2027-06-23T06:00", "2027-06-23T21:00"),
            new WorkshopRequest.Times("2027-06-24T09:00-06:00", "2027-06-24T16:00-06:00"));
    assertThat(said(check(request).errors()))
        .containsExactly(
            new Said("sessions[0]", "Session 1: give start and end like 2027-06-23T09:00."),
            new Said("sessions[1]", "Session 2 ends before it starts."),
            new Said("sessions[2]", "Session 3 is longer than 14 hours."));
  }

  @Test
  void anUnknownTimeZoneSkipsTheTimesThatNeedIt() {
    WorkshopRequest request = request();
    request.timeZone = "Mars/Olympus";
    request.registrationOpens = "soon";
    assertThat(said(check(request).errors()))
        .containsExactly(
            new Said(
                "timeZone",
                "\"Mars/Olympus\" is not a time zone. Use one such as America/Denver."));
  }

  @Test
  void aWorkshopNeedsAVenueOrAMeetingLink() {
    WorkshopRequest request = request();
    request.location = null;
    assertThat(said(check(request).errors()))
        .containsExactly(new Said("location", "Give the venue, the online meeting link, or both."));
    request.virtual = new WorkshopRequest.Online();
    request.virtual.meetingUrl = " https://meet.example.org/room ";
    assertThat(check(request).plan().meetingUrl()).isEqualTo("https://meet.example.org/room");
  }

  @Test
  void anUnreadableRegistrationDateIsNamed() {
    WorkshopRequest request = request();
    request.registrationOpens = "next week";
    assertThat(said(check(request).errors()))
        .containsExactly(
            new Said("registrationOpens", "Give a date and time such as 2027-06-01T17:00."));
  }

  /** A field error as the API's English says it. */
  record Said(String field, String message) {}

  private static List<Said> said(List<FieldError> errors) {
    return errors.stream().map(e -> new Said(e.field(), Texts.english(e.message()))).toList();
  }
}
