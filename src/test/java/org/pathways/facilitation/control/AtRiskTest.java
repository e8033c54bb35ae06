package org.pathways.facilitation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pathways.facilitation.control.AtRisk.Standing;
import org.pathways.facilitation.control.AtRisk.Verdict;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;

class AtRiskTest {

  private static final Instant NOW = Instant.parse("2027-03-15T12:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2027-03-15");
  private static final int IDLE = 7;

  private static Instant daysAgo(double days) {
    return NOW.minus(Duration.ofMinutes((long) (days * 24 * 60)));
  }

  private static Verdict judge(LocalDate target, Standing teacher) {
    return AtRisk.judge(NOW, TODAY, IDLE, target, teacher);
  }

  /** Enrolled 30 days ago, active this many days ago, with steps left and done recently. */
  private static Standing active(double idleDays, int left, int recent) {
    return new Standing(daysAgo(30), daysAgo(idleDays), null, left, recent);
  }

  @Test
  void aTeacherActiveYesterdayWithoutTargetDateIsNotAtRisk() {
    assertThat(judge(null, active(1, 10, 0)).atRisk()).isFalse();
  }

  @Test
  void noActivityForTheIdleDaysOrMoreFlagsTheTeacherSayingHowLong() {
    Verdict verdict = judge(null, active(9.5, 10, 0));

    assertThat(verdict.atRisk()).isTrue();
    assertThat(verdict.because()).isEqualTo(Message.of("facilitation.at_risk.idle", 9L));
    assertThat(Texts.english(verdict.because())).isEqualTo("No activity for 9 days");
  }

  @Test
  void exactlyTheIdleDaysIsAtRiskAndAMinuteLessIsNot() {
    assertThat(judge(null, active(7, 3, 0)).atRisk()).isTrue();
    assertThat(judge(null, active(7 - 1.0 / 24 / 60, 3, 0)).atRisk()).isFalse();
  }

  @Test
  void theCohortsOwnIdleDaysAreUsed() {
    Standing teacher = active(4, 3, 0);

    assertThat(AtRisk.judge(NOW, TODAY, 3, null, teacher).atRisk()).isTrue();
    assertThat(AtRisk.judge(NOW, TODAY, 5, null, teacher).atRisk()).isFalse();
  }

  @Test
  void withNoActivityYetTheEnrolmentDateIsJudged() {
    Standing enrolledYesterday = new Standing(daysAgo(1), null, null, 14, 0);
    Standing enrolledTenDaysAgo = new Standing(daysAgo(10), null, null, 14, 0);

    assertThat(judge(null, enrolledYesterday).atRisk()).isFalse();
    Verdict verdict = judge(null, enrolledTenDaysAgo);
    assertThat(verdict.because())
        .isEqualTo(Message.of("facilitation.at_risk.idle_since_enrolling", 10L));
    assertThat(Texts.english(verdict.because()))
        .isEqualTo("No activity since enrolling 10 days ago");
  }

  @Test
  void aTeacherEnrolledYesterdayWithATargetDateIsGivenTheIdleDaysBeforeTheirPaceIsJudged() {
    Standing enrolledYesterday = new Standing(daysAgo(1), null, null, 14, 0);

    assertThat(judge(TODAY.plusDays(20), enrolledYesterday).atRisk()).isFalse();
  }

  @Test
  void aCompletedTeacherIsNeverAtRisk() {
    Standing completed = new Standing(daysAgo(90), daysAgo(60), daysAgo(60), 0, 0);
    Standing completedThoughTheCourseGrewSince = new Standing(daysAgo(90), null, daysAgo(60), 4, 0);

    assertThat(judge(TODAY.minusDays(5), completed).atRisk()).isFalse();
    assertThat(judge(TODAY.minusDays(5), completedThoughTheCourseGrewSince).atRisk()).isFalse();
  }

  @Test
  void aTeacherWithNoRequiredStepLeftIsNotAtRisk() {
    assertThat(judge(TODAY.minusDays(1), active(20, 0, 0)).atRisk()).isFalse();
  }

  @Test
  void aPassedTargetDateWithStepsLeftFlagsTheTeacher() {
    LocalDate target = TODAY.minusDays(1);
    Verdict verdict = judge(target, active(1, 3, 10));

    assertThat(verdict.reasons())
        .containsExactly(Message.of("facilitation.at_risk.target_passed", target, 3));
    assertThat(Texts.english(verdict.because()))
        .isEqualTo("The target date (2027-03-14) has passed with 3 steps left");
  }

  @Test
  void onTheTargetDateItselfTheDayStillCounts() {
    assertThat(judge(TODAY, active(0, 3, 42)).atRisk()).as("3 steps a day, 3 left").isFalse();
    assertThat(judge(TODAY, active(0, 3, 14)).atRisk()).as("1 step a day, 3 left").isTrue();
  }

  @Test
  void stepsLeftThatDoNotFitBeforeTheTargetAtTheLastTwoWeeksPaceFlagTheTeacher() {
    LocalDate target = LocalDate.parse("2027-05-01");
    // 48 days to go (inclusive); 2 steps in 14 days is 1 step a week: 14 steps need 98 days.
    Verdict verdict = judge(target, active(1, 14, 2));

    assertThat(verdict.reasons())
        .containsExactly(Message.of("facilitation.at_risk.pace", 2, 14, target));
    assertThat(Texts.english(verdict.because()))
        .isEqualTo(
            "At the pace of the last two weeks (2 steps), the 14 steps left will not fit before"
                + " 2027-05-01");
  }

  @Test
  void stepsLeftThatFitAtThePaceAreNotAtRisk() {
    LocalDate target = LocalDate.parse("2027-05-01");
    // 14 steps in 14 days is 1 a day: 14 left fit in the 48 days to go.
    assertThat(judge(target, active(1, 14, 14)).atRisk()).isFalse();
    // Exactly fitting: 48 days to go, 48 left at one a day.
    assertThat(judge(target, active(1, 48, 14)).atRisk()).isFalse();
    assertThat(judge(target, active(1, 49, 14)).atRisk()).isTrue();
  }

  @Test
  void zeroPaceWithWorkLeftFlagsTheTeacher() {
    Verdict verdict = judge(TODAY.plusDays(100), active(2, 1, 0));

    assertThat(verdict.reasons())
        .containsExactly(Message.of("facilitation.at_risk.pace", 0, 1, TODAY.plusDays(100)));
    assertThat(Texts.english(verdict.because()))
        .startsWith(
            "At the pace of the last two weeks" + " (no steps), the step left will not fit");
  }

  @Test
  void aTeacherEnrolledFewerThanFourteenDaysAgoIsMeasuredOverTheDaysSinceEnrolment() {
    LocalDate target = TODAY.plusDays(9);
    // Enrolled 5 days ago, 5 steps done: 1 a day; 10 days to go (inclusive).
    Standing fast = new Standing(daysAgo(5), daysAgo(0.1), null, 10, 5);
    Standing slower = new Standing(daysAgo(5), daysAgo(0.1), null, 11, 5);

    assertThat(judge(target, fast).atRisk()).isFalse();
    Verdict verdict = judge(target, slower);
    assertThat(verdict.reasons())
        .containsExactly(
            Message.of("facilitation.at_risk.pace_since_enrolling", 5, 11, target, 5L));
    assertThat(Texts.english(verdict.because()))
        .startsWith("At the pace since enrolling 5 days ago (5 steps), the 11 steps left");
  }

  @Test
  void aTeacherEnrolledTodayIsMeasuredOverAtLeastOneDay() {
    LocalDate target = TODAY.plusDays(1);
    // Enrolled two hours ago and did 3 steps: 3 a day, 2 days to go.
    assertThat(judge(target, new Standing(daysAgo(0.1), daysAgo(0), null, 6, 3)).atRisk())
        .isFalse();
    assertThat(judge(target, new Standing(daysAgo(0.1), daysAgo(0), null, 7, 3)).atRisk()).isTrue();
  }

  @Test
  void withoutTargetDateOnlyIdlenessCounts() {
    assertThat(judge(null, active(2, 500, 0)).atRisk()).isFalse();
  }

  @Test
  void bothReasonsAreSaidTheDatesFirst() {
    LocalDate target = TODAY.minusDays(2);
    Verdict verdict = judge(target, active(9, 3, 0));

    assertThat(verdict.reasons())
        .containsExactly(
            Message.of("facilitation.at_risk.target_passed", target, 3),
            Message.of("facilitation.at_risk.idle", 9L));
    assertThat(Texts.english(verdict.because()))
        .isEqualTo(
            "The target date (2027-03-13) has passed with 3 steps left. No activity for 9 days");
  }
}
