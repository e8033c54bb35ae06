package org.pathways.cohort.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.ReadableCode;
import org.pathways.platform.entity.Refusal;

class CohortTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
  private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  private final Cohort cohort =
      new Cohort("Aurora fall", "Aurora Public Schools", "ms", null, null, NOW);

  private static Refusal.Kind kindOf(Runnable change) {
    try {
      change.run();
    } catch (Refusal refusal) {
      return refusal.kind();
    }
    return null;
  }

  private static String fieldOf(Runnable change) {
    try {
      change.run();
    } catch (Refusal refusal) {
      return refusal.errors().isEmpty() ? null : refusal.errors().get(0).field();
    }
    return null;
  }

  @Test
  void aNameIsTrimmedAndHasOneToOneHundredTwentyCharacters() {
    cohort.rename("  Aurora spring  ");
    assertThat(cohort.getName()).isEqualTo("Aurora spring");

    cohort.rename("x".repeat(120));
    assertThat(cohort.getName()).hasSize(120);
    assertThat(fieldOf(() -> cohort.rename("x".repeat(121)))).isEqualTo("name");
    assertThat(fieldOf(() -> cohort.rename("   "))).isEqualTo("name");
    assertThat(fieldOf(() -> cohort.rename(null))).isEqualTo("name");
  }

  @Test
  void aTargetDateBeforeTodayIsRefusedButTodayAndFarAwayAreFine() {
    cohort.aimFor(TODAY, TODAY);
    assertThat(cohort.getTargetDate()).isEqualTo(TODAY);
    cohort.aimFor(TODAY.plusYears(5), TODAY);
    assertThat(cohort.getTargetDate()).isEqualTo(TODAY.plusYears(5));

    assertThat(fieldOf(() -> cohort.aimFor(TODAY.minusDays(1), TODAY))).isEqualTo("targetDate");
    cohort.aimFor(null, TODAY);
    assertThat(cohort.getTargetDate()).isNull();
  }

  @Test
  void aTargetDateThatHasPassedMayBeSentAgainUnchanged() {
    cohort.aimFor(TODAY, TODAY);

    cohort.aimFor(TODAY, TODAY.plusDays(30));

    assertThat(cohort.getTargetDate()).isEqualTo(TODAY);
  }

  @Test
  void theCodeWorksThroughItsLastDayInUtcAndAPastLastDayIsRefused() {
    cohort.codeWorksUntil(TODAY, TODAY);

    assertThat(cohort.getCodeExpiresOn()).isEqualTo(TODAY);
    assertThat(cohort.expiredAt(Instant.parse("2026-12-01T23:59:59Z"))).isFalse();
    assertThat(cohort.expiredAt(Instant.parse("2026-12-02T00:00:00Z"))).isTrue();
    assertThat(fieldOf(() -> cohort.codeWorksUntil(TODAY.minusDays(1), TODAY)))
        .isEqualTo("codeExpiresOn");
    cohort.codeWorksUntil(null, TODAY);
    assertThat(cohort.getCodeExpiresOn()).isNull();
    assertThat(cohort.expiredAt(NOW.plusSeconds(86_400L * 3650))).isFalse();
  }

  @Test
  void idleDaysRunFromOneToThreeHundredSixtyFive() {
    cohort.flagIdleAfter(1);
    assertThat(cohort.getInactiveDays()).isEqualTo(1);
    cohort.flagIdleAfter(365);
    assertThat(cohort.getInactiveDays()).isEqualTo(365);

    assertThat(fieldOf(() -> cohort.flagIdleAfter(0))).isEqualTo("inactiveDays");
    assertThat(fieldOf(() -> cohort.flagIdleAfter(366))).isEqualTo("inactiveDays");
    assertThat(cohort.getInactiveDays()).isEqualTo(365);
  }

  @Test
  void aNewCodeReplacesThePreviousOne() {
    String previous = cohort.getCode();

    String code = cohort.issueNewCode();

    assertThat(code).isNotEqualTo(previous).hasSize(8).isEqualTo(cohort.getCode());
    assertThat(ReadableCode.normalize(cohort.displayCode())).isEqualTo(code);
  }

  @Test
  void closingTwiceKeepsTheFirstTime() {
    assertThat(cohort.close(NOW)).isTrue();
    assertThat(cohort.close(NOW.plusSeconds(60))).isFalse();

    assertThat(cohort.getClosedAt()).isEqualTo(NOW);
    assertThat(cohort.isClosed()).isTrue();
  }

  @Test
  void aClosedCohortRefusesEveryChangeToItsSettingsWithAConflict() {
    cohort.close(NOW);

    assertThat(kindOf(() -> cohort.rename("Other"))).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(kindOf(() -> cohort.aimFor(TODAY, TODAY))).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(kindOf(() -> cohort.codeWorksUntil(TODAY, TODAY))).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(kindOf(() -> cohort.flagIdleAfter(10))).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(kindOf(cohort::issueNewCode)).isEqualTo(Refusal.Kind.CONFLICT);
    assertThat(cohort.getName()).isEqualTo("Aurora fall");
  }

  @Test
  void facilitatorsMayStillChangeOnAClosedCohort() {
    cohort.close(NOW);
    java.util.UUID facilitator = java.util.UUID.randomUUID();

    cohort.addFacilitator(facilitator);
    cohort.keepFacilitators(java.util.Set.of());

    assertThat(cohort.getFacilitators()).isEmpty();
  }

  @Test
  void anOpenCohortTakesWorkAndEnrolmentsAClosedOneRefusesBoth() {
    cohort.requireOpenForWork();
    cohort.requireOpenForEnrolment();

    cohort.close(NOW);

    assertThatThrownBy(cohort::requireOpenForWork)
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.kind()).isEqualTo(Refusal.Kind.CONFLICT);
              assertThat(r.message().key()).isEqualTo("cohort.closed.work");
            });
    assertThatThrownBy(cohort::requireOpenForEnrolment)
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
  }
}
