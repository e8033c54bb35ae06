package org.pathways.workshop.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Seats and the waitlist as the workshop row counts them (the rules behind promotion). */
class WaitlistTest {

  static final Instant AT = Instant.parse("2027-01-10T12:00:00Z");

  static Workshop workshop(int capacity) {
    return new Workshop(plan(capacity), UUID.randomUUID(), false, AT);
  }

  static WorkshopPlan plan(int capacity) {
    return new WorkshopPlan(
        "Summer workshop",
        "high-school",
        2,
        WorkshopKind.SUMMER,
        capacity,
        ZoneId.of("America/Denver"),
        List.of(
            new WorkshopPlan.Span(
                Instant.parse("2027-06-21T15:00:00Z"), Instant.parse("2027-06-21T22:00:00Z"))),
        new WorkshopPlan.Venue("Hall", null, "Denver", "CO", "80202", 39.75, -105.0),
        null,
        List.of(),
        null,
        null,
        null);
  }

  static List<Registration> join(Workshop workshop, int teachers) {
    List<Registration> joined = new ArrayList<>();
    for (int i = 0; i < teachers; i++) {
      Registration r = new Registration(workshop.getId(), UUID.randomUUID(), i, AT);
      r.join(workshop, i, AT);
      joined.add(r);
    }
    return joined;
  }

  @Test
  void teachersTakeSeatsUntilTheWorkshopIsFullThenWait() {
    Workshop workshop = workshop(2);
    List<Registration> joined = join(workshop, 4);
    assertThat(joined)
        .extracting(Registration::getStatus)
        .containsExactly(
            RegistrationStatus.REGISTERED,
            RegistrationStatus.REGISTERED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.WAITLISTED);
    assertThat(workshop.seatsLeft()).isZero();
    assertThat(workshop.getWaitlisted()).isEqualTo(2);
    assertThat(workshop.seatsToFill()).isZero();
  }

  @Test
  void aCancelledSeatIsForTheFirstOnTheWaitlist() {
    Workshop workshop = workshop(2);
    List<Registration> joined = join(workshop, 4);
    joined.get(0).cancel(workshop, AT);
    assertThat(workshop.seatsToFill()).isEqualTo(1);
    joined.get(2).promote(workshop, AT);
    assertThat(joined.get(2).getStatus()).isEqualTo(RegistrationStatus.REGISTERED);
    assertThat(workshop.getRegistered()).isEqualTo(2);
    assertThat(workshop.getWaitlisted()).isEqualTo(1);
    assertThat(workshop.seatsToFill()).isZero();
  }

  @Test
  void leavingTheWaitlistFreesNoSeat() {
    Workshop workshop = workshop(1);
    List<Registration> joined = join(workshop, 2);
    joined.get(1).cancel(workshop, AT);
    assertThat(workshop.getWaitlisted()).isZero();
    assertThat(workshop.seatsToFill()).isZero();
  }

  @Test
  void growingTheCapacityLetsTheWaitlistMoveUp() {
    Workshop workshop = workshop(1);
    join(workshop, 4);
    workshop.change(plan(3), AT);
    assertThat(workshop.seatsToFill()).isEqualTo(2);
  }

  @Test
  void capacityCannotDropBelowThoseRegistered() {
    Workshop workshop = workshop(3);
    join(workshop, 3);
    assertThatThrownBy(() -> workshop.change(plan(2), AT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nobodyIsPromotedIntoAFullWorkshop() {
    Workshop workshop = workshop(1);
    List<Registration> joined = join(workshop, 2);
    assertThatThrownBy(() -> joined.get(1).promote(workshop, AT))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void checkInOpensADayBeforeAndClosesADayAfterASession() {
    WorkshopSession session = workshop(1).getSessions().get(0);
    assertThat(session.checkInOpenAt(session.getStartsAt().minusSeconds(86_400))).isTrue();
    assertThat(session.checkInOpenAt(session.getStartsAt().minusSeconds(86_401))).isFalse();
    assertThat(session.checkInOpenAt(session.getEndsAt().plusSeconds(86_400))).isTrue();
    assertThat(session.checkInOpenAt(session.getEndsAt().plusSeconds(86_401))).isFalse();
    assertThat(session.hasCode(session.getAttendanceCode().toLowerCase())).isTrue();
    assertThat(session.hasCode("nope")).isFalse();
  }
}
