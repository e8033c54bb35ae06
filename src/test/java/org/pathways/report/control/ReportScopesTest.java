package org.pathways.report.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Refusal;
import org.pathways.report.control.ReportScopes.Named;
import org.pathways.report.entity.ReportScope;

class ReportScopesTest {

  private static final UUID OWN = UUID.randomUUID();
  private static final UUID SECOND = UUID.randomUUID();
  private static final UUID OTHER = UUID.randomUUID();
  private static final UUID COHORT = UUID.randomUUID();

  private static Named district(UUID id) {
    return new Named(id, true, id);
  }

  private static Named cohortIn(UUID district) {
    return new Named(COHORT, true, district);
  }

  private static Refusal.Kind refusal(Runnable decision) {
    try {
      decision.run();
    } catch (Refusal refusal) {
      return refusal.kind();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void programStaffWithoutScopeSeeTheWholeProgram() {
    assertThat(ReportScopes.decide(true, Set.of(), Named.NONE, Named.NONE))
        .isEqualTo(ReportScope.PROGRAM);
  }

  @Test
  void programStaffSeeAnyDistrictAndAnyCohort() {
    assertThat(ReportScopes.decide(true, Set.of(), district(OTHER), Named.NONE).districts())
        .containsExactly(OTHER);
    ReportScope cohort = ReportScopes.decide(true, Set.of(), Named.NONE, cohortIn(null));
    assertThat(cohort.cohort()).isEqualTo(COHORT);
    assertThat(cohort.districts()).isNull();
  }

  @Test
  void aDistrictManagerWithoutScopeSeesTheirOwnDistricts() {
    ReportScope one = ReportScopes.decide(false, Set.of(OWN), Named.NONE, Named.NONE);
    ReportScope two = ReportScopes.decide(false, Set.of(OWN, SECOND), Named.NONE, Named.NONE);

    assertThat(one.districts()).containsExactly(OWN);
    assertThat(one.district()).isEqualTo(OWN);
    assertThat(two.districts()).containsExactlyInAnyOrder(OWN, SECOND);
    assertThat(two.district()).isNull();
  }

  @Test
  void aDistrictManagerAskingForAnotherDistrictOrItsCohortFindsNothing() {
    assertThat(refusal(() -> ReportScopes.decide(false, Set.of(OWN), district(OTHER), Named.NONE)))
        .isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(refusal(() -> ReportScopes.decide(false, Set.of(OWN), Named.NONE, cohortIn(OTHER))))
        .isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(refusal(() -> ReportScopes.decide(false, Set.of(OWN), Named.NONE, cohortIn(null))))
        .isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void aDistrictManagerSeesACohortOfTheirDistrict() {
    ReportScope scope = ReportScopes.decide(false, Set.of(OWN), district(OWN), cohortIn(OWN));
    assertThat(scope.cohort()).isEqualTo(COHORT);
    assertThat(scope.district()).isEqualTo(OWN);
  }

  @Test
  void unknownDistrictsAndCohortsAreNotFoundEvenForStaff() {
    assertThat(
            refusal(
                () ->
                    ReportScopes.decide(true, Set.of(), new Named(OTHER, false, null), Named.NONE)))
        .isEqualTo(Refusal.Kind.NOT_FOUND);
    assertThat(
            refusal(
                () ->
                    ReportScopes.decide(
                        true, Set.of(), Named.NONE, new Named(COHORT, false, null))))
        .isEqualTo(Refusal.Kind.NOT_FOUND);
  }

  @Test
  void aCohortOutsideTheDistrictNamedIsAnInvalidField() {
    assertThatThrownBy(() -> ReportScopes.decide(true, Set.of(), district(OWN), cohortIn(OTHER)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
              assertThat(r.errors())
                  .extracting(Refusal.FieldError::field)
                  .containsExactly("cohort");
            });
  }

  @Test
  void callersWhoAreNeitherStaffNorDistrictManagersAreRefused() {
    assertThat(ReportScopes.mayReport(false, Set.of())).isFalse();
    assertThat(refusal(() -> ReportScopes.decide(false, Set.of(), Named.NONE, Named.NONE)))
        .isEqualTo(Refusal.Kind.FORBIDDEN);
  }
}
