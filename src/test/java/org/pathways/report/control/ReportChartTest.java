package org.pathways.report.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.report.entity.ReportRow;

class ReportChartTest {

  private static ReportRow row(
      int phase, long enrolled, long active, long completed, long attended) {
    return new ReportRow(
        "middle-school",
        "Middle",
        phase,
        "Phase",
        null,
        null,
        null,
        null,
        enrolled,
        0,
        active,
        completed,
        0,
        attended,
        BigDecimal.ZERO);
  }

  @Test
  void theLargestValueFillsThePlotAndOthersAreToScale() {
    ReportChart.Chart chart = ReportChart.of(List.of(row(1, 200, 100, 50, 0)));

    List<ReportChart.Bar> bars = chart.groups().get(0).bars();
    assertThat(bars).extracting(ReportChart.Bar::height).containsExactly(180, 90, 45, 0);
    assertThat(bars).allSatisfy(b -> assertThat(b.y() + b.height()).isEqualTo(chart.baseline()));
    assertThat(bars).extracting(ReportChart.Bar::value).containsExactly(200L, 100L, 50L, 0L);
  }

  @Test
  void everySeriesHasItsOwnPatternSoColourIsNotTheOnlyCue() {
    assertThat(ReportChart.SERIES).extracting(ReportChart.Series::pattern).doesNotHaveDuplicates();
    assertThat(ReportChart.SERIES)
        .extracting(ReportChart.Series::key)
        .containsExactly("enrolled", "active30d", "onlineCompleted", "workshopAttended");
  }

  @Test
  void groupsSitSideBySideAndTheChartIsWideEnoughForThem() {
    ReportChart.Chart chart = ReportChart.of(List.of(row(1, 1, 0, 0, 0), row(2, 0, 0, 0, 1)));

    ReportChart.Group first = chart.groups().get(0);
    ReportChart.Group second = chart.groups().get(1);
    ReportChart.Bar lastOfFirst = first.bars().get(3);
    assertThat(second.x()).isGreaterThan(lastOfFirst.x() + lastOfFirst.width());
    ReportChart.Bar lastBar = second.bars().get(3);
    assertThat(chart.width()).isGreaterThanOrEqualTo(lastBar.x() + lastBar.width());
    assertThat(second.phase()).isEqualTo(2);
  }

  @Test
  void anEmptyReportStillDrawsAnEmptyChart() {
    ReportChart.Chart chart = ReportChart.of(List.of());

    assertThat(chart.groups()).isEmpty();
    assertThat(chart.width()).isPositive();
  }
}
