package org.pathways.report.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.pathways.report.entity.ReportRow;

/**
 * The geometry of the report's chart, drawn on the server as SVG: per phase a group of four bars
 * (enrolled, active in 30 days, online completed, workshop attended), each with its value written
 * above it and its own fill pattern, so that colour is never the only cue. Heights are to scale
 * against the largest value (at least 1).
 */
public final class ReportChart {

  /** A series: its bundle key suffix, its fill pattern id, and how a row gives its value. */
  public record Series(String key, String pattern, ToLongFunction<ReportRow> value) {}

  public record Bar(
      String series, String pattern, long value, int x, int y, int width, int height, int textX) {}

  public record Group(String program, int phase, int x, int labelX, List<Bar> bars) {}

  public record Chart(int width, int height, int baseline, List<Group> groups) {}

  public static final List<Series> SERIES =
      List.of(
          new Series("enrolled", "solid", ReportRow::enrolled),
          new Series("active30d", "stripes", ReportRow::active30d),
          new Series("onlineCompleted", "dots", ReportRow::onlineCompleted),
          new Series("workshopAttended", "checks", ReportRow::workshopAttended));

  static final int LEFT = 16;
  static final int BAR = 26;
  static final int GAP = 6;
  static final int GROUP_GAP = 40;
  static final int TOP = 28;
  static final int PLOT = 180;
  static final int BELOW = 56;

  private ReportChart() {}

  public static Chart of(List<ReportRow> rows) {
    long max = 1;
    for (ReportRow row : rows) {
      for (Series series : SERIES) {
        max = Math.max(max, series.value().applyAsLong(row));
      }
    }
    int groupWidth = SERIES.size() * (BAR + GAP) - GAP;
    int baseline = TOP + PLOT;
    List<Group> groups = new ArrayList<>();
    int x = LEFT;
    for (ReportRow row : rows) {
      List<Bar> bars = new ArrayList<>();
      int barX = x;
      for (Series series : SERIES) {
        long value = series.value().applyAsLong(row);
        int height = (int) Math.round((double) value * PLOT / max);
        bars.add(
            new Bar(
                series.key(),
                series.pattern(),
                value,
                barX,
                baseline - height,
                BAR,
                height,
                barX + BAR / 2));
        barX += BAR + GAP;
      }
      groups.add(new Group(row.program(), row.phase(), x, x + groupWidth / 2, bars));
      x += groupWidth + GROUP_GAP;
    }
    int width = Math.max(x - GROUP_GAP + LEFT, 200);
    return new Chart(width, baseline + BELOW, baseline, groups);
  }
}
