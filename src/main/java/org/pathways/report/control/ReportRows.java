package org.pathways.report.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.content.entity.Program;
import org.pathways.learning.entity.CourseFigures;
import org.pathways.report.entity.ReportRow;
import org.pathways.report.entity.ReportScope;
import org.pathways.workshop.entity.PhaseFigures;

/**
 * Puts the online figures (per course) and the workshop figures (per program phase) together into
 * one row per program phase, in the catalog's order. A phase's online course is the one the catalog
 * names for it; a phase without one has no online figures, a phase without workshops no workshop
 * figures. {@code enrolled} counts both routes into a phase: teachers enrolled in its online course
 * plus teachers registered for its workshops. PD hours are the course certificates' hours plus the
 * hours workshop attendance earns.
 */
public final class ReportRows {

  private ReportRows() {}

  public static List<ReportRow> combine(
      List<Program> programs,
      String program,
      List<CourseFigures> online,
      List<PhaseFigures> workshops,
      ReportScope scope,
      String districtName,
      String cohortName) {
    Map<String, CourseFigures> byCourse = new HashMap<>();
    online.forEach(figures -> byCourse.put(figures.course(), figures));
    Map<String, PhaseFigures> byPhase = new HashMap<>();
    workshops.forEach(figures -> byPhase.put(figures.program() + "/" + figures.phase(), figures));
    String district = scope.district() == null ? null : scope.district().toString();
    String cohort = scope.cohort() == null ? null : scope.cohort().toString();
    List<ReportRow> rows = new ArrayList<>();
    for (Program route : programs) {
      if (program != null && !program.equals(route.slug())) {
        continue;
      }
      for (Program.Phase phase : route.phases()) {
        CourseFigures course =
            phase
                .courseSlug()
                .map(slug -> byCourse.getOrDefault(slug, CourseFigures.none(slug)))
                .orElse(CourseFigures.none(""));
        PhaseFigures held =
            byPhase.getOrDefault(
                route.slug() + "/" + phase.number(),
                new PhaseFigures(route.slug(), phase.number(), 0, 0, BigDecimal.ZERO));
        rows.add(
            new ReportRow(
                route.slug(),
                route.title(),
                phase.number(),
                phase.title(),
                district,
                district == null ? null : districtName,
                cohort,
                cohort == null ? null : cohortName,
                course.enrolled() + held.registered(),
                course.active7d(),
                course.active30d(),
                course.completed(),
                held.registered(),
                held.attended(),
                course.certificateHours().add(held.hours()).setScale(2, RoundingMode.HALF_UP)));
      }
    }
    return rows;
  }
}
