package org.pathways.workshop.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.workshop.entity.WorkshopKind;

class PdHoursTest {

  @Test
  void attendedSessionsCountInWholeQuarterHours() {
    assertThat(PdHours.earned(WorkshopKind.SUMMER, List.of(Duration.ofMinutes(7 * 60 + 20))))
        .isEqualByComparingTo("7.25");
  }

  @Test
  void hoursAreCappedByTheKindOfWorkshop() {
    List<Duration> fiveLongDays = java.util.Collections.nCopies(5, Duration.ofHours(9));
    assertThat(PdHours.earned(WorkshopKind.SUMMER, fiveLongDays)).isEqualByComparingTo("35");
    assertThat(PdHours.earned(WorkshopKind.ONE_DAY, List.of(Duration.ofHours(9))))
        .isEqualByComparingTo(WorkshopKind.ONE_DAY.hoursCap());
  }

  @Test
  void noAttendanceEarnsNothing() {
    assertThat(PdHours.earned(WorkshopKind.QUARTERLY, List.of()))
        .isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void sessionSharesSumToTheWorkshopsHoursAndStopAtTheCap() {
    List<Duration> fiveLongDays = java.util.Collections.nCopies(5, Duration.ofHours(9));
    assertThat(PdHours.perSession(WorkshopKind.SUMMER, fiveLongDays))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("9"),
            new BigDecimal("9"),
            new BigDecimal("9"),
            new BigDecimal("8"),
            BigDecimal.ZERO);
  }

  @Test
  void quarterHoursAreCountedOnTheRunningTotalNotLostPerSession() {
    List<Duration> twoOddSessions = List.of(Duration.ofMinutes(70), Duration.ofMinutes(50));
    List<BigDecimal> shares = PdHours.perSession(WorkshopKind.QUARTERLY, twoOddSessions);
    assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(PdHours.earned(WorkshopKind.QUARTERLY, twoOddSessions))
        .isEqualByComparingTo("2");
    assertThat(shares.get(0)).isEqualByComparingTo("1");
  }
}
