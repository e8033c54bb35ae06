package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Program;
import org.pathways.workshop.control.PhaseStanding.Course;
import org.pathways.workshop.control.PhaseStanding.Held;
import org.pathways.workshop.control.PhaseStanding.State;
import org.pathways.workshop.entity.RegistrationStatus;

class PhaseStandingTest {

  static final Instant NOW = Instant.parse("2027-03-01T15:00:00Z");
  static final Instant LATER = NOW.plus(Duration.ofDays(30));
  static final Instant EARLIER = NOW.minus(Duration.ofDays(30));

  static final Program HIGH_SCHOOL = HighSchoolProgram.withPhases(3);

  static Held held(int phase, RegistrationStatus status, Instant lastEnd, int attended) {
    return new Held("high-school", phase, status, lastEnd, 3, attended);
  }

  static PhaseStanding.Phase phase(int number, Course course, List<Held> held, Integer percent) {
    Map<Integer, Integer> percents = percent == null ? Map.of() : Map.of(1, percent);
    return PhaseStanding.of(
        HIGH_SCHOOL,
        number,
        course,
        held,
        PhaseStanding.standings(HIGH_SCHOOL, percents, held),
        NOW);
  }

  @Test
  void aCompletedOnlineCourseCompletesItsPhase() {
    assertThat(phase(1, new Course(true, true), List.of(), 100).state()).isEqualTo(State.COMPLETED);
  }

  @Test
  void anAttendedWorkshopThatIsOverCompletesItsPhase() {
    assertThat(
            phase(2, null, List.of(held(2, RegistrationStatus.REGISTERED, EARLIER, 1)), 100)
                .state())
        .isEqualTo(State.COMPLETED);
  }

  @Test
  void attendingEverySessionCompletesThePhaseBeforeTheWorkshopEnds() {
    assertThat(
            phase(2, null, List.of(held(2, RegistrationStatus.REGISTERED, LATER, 3)), 100).state())
        .isEqualTo(State.COMPLETED);
  }

  @Test
  void aSessionAttendedOfARunningWorkshopIsInProgress() {
    assertThat(
            phase(2, null, List.of(held(2, RegistrationStatus.REGISTERED, LATER, 1)), 100).state())
        .isEqualTo(State.IN_PROGRESS);
  }

  @Test
  void anEnrolledCourseNotYetCompleteIsInProgress() {
    assertThat(phase(1, new Course(true, false), List.of(), 40).state())
        .isEqualTo(State.IN_PROGRESS);
  }

  @Test
  void aSeatOnAWorkshopToComeIsRegistered() {
    assertThat(
            phase(2, null, List.of(held(2, RegistrationStatus.REGISTERED, LATER, 0)), 100).state())
        .isEqualTo(State.REGISTERED);
  }

  @Test
  void aPlaceOnTheWaitlistOfAWorkshopToComeIsWaitlisted() {
    assertThat(
            phase(2, null, List.of(held(2, RegistrationStatus.WAITLISTED, LATER, 0)), 100).state())
        .isEqualTo(State.WAITLISTED);
  }

  @Test
  void aCancelledPlaceOrAnEndedWorkshopLeavesThePhaseOpen() {
    var phase =
        phase(
            2,
            null,
            List.of(
                held(2, RegistrationStatus.CANCELLED, LATER, 0),
                held(2, RegistrationStatus.WAITLISTED, EARLIER, 0)),
            100);
    assertThat(phase.state()).isEqualTo(State.OPEN);
    assertThat(phase.missing()).isEmpty();
  }

  @Test
  void aFirstPhaseIsOpenToEveryone() {
    assertThat(phase(1, Course.NOT_ENROLLED, List.of(), null).state()).isEqualTo(State.OPEN);
  }

  @Test
  void aPhaseWhoseEarlierPhasesAreMissingIsNotYetOpenAndSaysWhat() {
    var phase = phase(2, null, List.of(), 60);
    assertThat(phase.state()).isEqualTo(State.NOT_YET_OPEN);
    assertThat(phase.missing())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.phase()).isEqualTo(1);
              assertThat(m.percentNow()).isEqualTo(60);
            });
  }

  @Test
  void aRegistrationForAnEarlierWorkshopPhaseOpensTheNextWhenEverItEnds() {
    Instant farAhead = NOW.plus(Duration.ofDays(3650));
    var phase = phase(3, null, List.of(held(2, RegistrationStatus.REGISTERED, farAhead, 0)), 100);
    assertThat(phase.state()).isEqualTo(State.OPEN);
  }

  @Test
  void standingsCountAttendanceAndRegisteredEndsOfTheProgramOnly() {
    var standings =
        PhaseStanding.standings(
            HIGH_SCHOOL,
            Map.of(1, 70),
            List.of(
                held(2, RegistrationStatus.REGISTERED, LATER, 0),
                held(2, RegistrationStatus.WAITLISTED, EARLIER, 0),
                held(3, RegistrationStatus.CANCELLED, EARLIER, 1),
                new Held("middle-school", 1, RegistrationStatus.REGISTERED, LATER, 1, 1)));
    assertThat(standings.get(1).coursePercent()).isEqualTo(70);
    assertThat(standings.get(1).attended()).isFalse();
    assertThat(standings.get(2).registeredEnds()).containsExactly(LATER);
    assertThat(standings.get(2).attended()).isFalse();
    assertThat(standings.get(3).attended()).isTrue();
    assertThat(standings.get(3).registeredEnds()).isEmpty();
  }
}
