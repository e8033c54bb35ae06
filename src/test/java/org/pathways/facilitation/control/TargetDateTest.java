package org.pathways.facilitation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.facilitation.control.TargetDate.Target;
import org.pathways.facilitation.entity.TargetSource;
import org.pathways.workshop.boundary.NextWorkshops.PhaseStart;

class TargetDateTest {

  private static final UUID AURORA = UUID.randomUUID();
  private static final UUID DENVER = UUID.randomUUID();

  private static PhaseStart start(String program, UUID district, String date) {
    return new PhaseStart(
        program, district, Instant.parse(date + "T15:00:00Z"), LocalDate.parse(date));
  }

  private static final List<PhaseStart> STARTS =
      List.of(
          start("middle-school", null, "2027-06-20"),
          start("middle-school", AURORA, "2027-07-01"),
          start("middle-school", DENVER, "2027-05-10"),
          start("high-school", null, "2027-04-01"));

  @Test
  void theCohortsOwnDateComesFirst() {
    assertThat(TargetDate.of(LocalDate.parse("2027-05-01"), "middle-school", AURORA, STARTS))
        .isEqualTo(new Target(LocalDate.parse("2027-05-01"), TargetSource.COHORT));
  }

  @Test
  void aDistrictsCohortTakesItsDistrictsNextWorkshop() {
    assertThat(TargetDate.of(null, "middle-school", AURORA, STARTS))
        .isEqualTo(new Target(LocalDate.parse("2027-07-01"), TargetSource.WORKSHOP));
  }

  @Test
  void aCohortWithoutDistrictTakesTheProgramsNextWorkshopAnywhere() {
    assertThat(TargetDate.of(null, "middle-school", null, STARTS).date())
        .isEqualTo(LocalDate.parse("2027-05-10"));
  }

  @Test
  void withoutAWorkshopOfItsDistrictOrProgramThereIsNoTargetDate() {
    assertThat(TargetDate.of(null, "middle-school", UUID.randomUUID(), STARTS))
        .isEqualTo(Target.NONE);
    assertThat(TargetDate.of(null, "elementary", null, STARTS)).isEqualTo(Target.NONE);
    assertThat(TargetDate.of(null, null, null, STARTS)).isEqualTo(Target.NONE);
  }
}
