package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Program;
import org.pathways.platform.control.Texts;
import org.pathways.workshop.control.Prerequisites.Standing;

class PrerequisitesTest {

  static final Instant SUMMER = Instant.parse("2027-06-21T15:00:00Z");

  static final Program HIGH_SCHOOL = HighSchoolProgram.withPhases(4);

  @Test
  void phaseTwoNeedsTheOnlineCourseComplete() {
    var missing =
        Prerequisites.missing(
            HIGH_SCHOOL, 2, null, SUMMER, Map.of(1, new Standing(60, false, List.of())));
    assertThat(missing)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.phase()).isEqualTo(1);
              assertThat(m.course()).isEqualTo("hs-1");
              assertThat(m.percentNeeded()).isEqualTo(100);
              assertThat(m.percentNow()).isEqualTo(60);
            });
    assertThat(
            Prerequisites.missing(
                HIGH_SCHOOL, 2, null, SUMMER, Map.of(1, new Standing(100, false, List.of()))))
        .isEmpty();
  }

  @Test
  void aWorkshopMayAskForLessThanTheWholeCourse() {
    Map<Integer, Standing> at60 = Map.of(1, new Standing(60, false, List.of()));
    assertThat(Prerequisites.missing(HIGH_SCHOOL, 2, 50, SUMMER, at60)).isEmpty();
    assertThat(Prerequisites.missing(HIGH_SCHOOL, 2, 75, SUMMER, at60)).hasSize(1);
  }

  @Test
  void aTeacherNeverEnrolledIsAtZeroPercent() {
    assertThat(Prerequisites.missing(HIGH_SCHOOL, 2, null, SUMMER, Map.of()))
        .singleElement()
        .satisfies(m -> assertThat(m.percentNow()).isZero());
  }

  @Test
  void aLaterWorkshopPhaseNeedsARegistrationThatEndsBeforeItStarts() {
    Instant autumn = Instant.parse("2027-09-18T15:00:00Z");
    Map<Integer, Standing> registeredForSummer =
        Map.of(
            1, new Standing(100, false, List.of()),
            2, new Standing(null, false, List.of(SUMMER.plusSeconds(4 * 86400))));
    assertThat(Prerequisites.missing(HIGH_SCHOOL, 3, null, autumn, registeredForSummer)).isEmpty();
    assertThat(
            Prerequisites.missing(
                HIGH_SCHOOL, 3, null, SUMMER.minusSeconds(86400), registeredForSummer))
        .extracting(Prerequisites.Missing::phase)
        .containsExactly(2);
  }

  @Test
  void attendingAPhaseCountsWhateverTheCourse() {
    Map<Integer, Standing> attended =
        Map.of(
            1, new Standing(null, true, List.of()),
            2, new Standing(null, true, List.of()),
            3, new Standing(null, true, List.of()));
    assertThat(Prerequisites.missing(HIGH_SCHOOL, 4, null, SUMMER, attended)).isEmpty();
  }

  @Test
  void theFirstPhaseHasNoPrerequisites() {
    assertThat(Prerequisites.missing(HIGH_SCHOOL, 1, null, SUMMER, Map.of())).isEmpty();
  }

  @Test
  void everyMissingPhaseIsNamedInOrder() {
    assertThat(Prerequisites.missing(HIGH_SCHOOL, 4, null, SUMMER, Map.of()))
        .extracting(Prerequisites.Missing::phase)
        .containsExactly(1, 2, 3);
  }

  @Test
  void theRefusalNamesEveryMissingPhaseInOneSentence() {
    assertThat(
            Texts.english(
                Prerequisites.describe(
                    List.of(
                        new Prerequisites.Missing(1, "Online foundations", "hs-1", 100, 60),
                        new Prerequisites.Missing(2, "Summer workshop", null, null, 0)))))
        .isEqualTo(
            "Before registering for this workshop, complete the online course of Phase 1,"
                + " \"Online foundations\" (you are at 60%); and register for or attend a workshop"
                + " of Phase 2, \"Summer workshop\", that ends before this one starts.");
    assertThat(
            Texts.english(
                Prerequisites.describe(
                    List.of(new Prerequisites.Missing(1, "Online foundations", "hs-1", 50, 20)))))
        .isEqualTo(
            "Before registering for this workshop, reach 50% of the online course of Phase 1,"
                + " \"Online foundations\" (you are at 20%).");
  }
}
