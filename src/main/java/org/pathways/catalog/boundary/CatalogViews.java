package org.pathways.catalog.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Program;
import org.pathways.content.entity.Step;

/** The catalog as the API shows it (see the Catalog table of the API contract). */
public final class CatalogViews {

  private CatalogViews() {}

  public record PhaseView(
      int number, String title, String kind, String courseSlug, String description) {}

  public record ProgramView(
      String slug,
      String title,
      String audience,
      String gradeBand,
      String summary,
      List<PhaseView> phases) {

    static ProgramView of(Program program) {
      return new ProgramView(
          program.slug(),
          program.title(),
          program.audience(),
          program.gradeBand(),
          program.summary(),
          program.phases().stream()
              .map(
                  phase ->
                      new PhaseView(
                          phase.number(),
                          phase.title(),
                          phase.kind().name(),
                          phase.course(),
                          phase.description()))
              .toList());
    }
  }

  public record CourseSummary(
      String slug,
      String title,
      String summary,
      String audience,
      String gradeBand,
      String program,
      int phase,
      BigDecimal pdHours,
      String enrollment,
      int moduleCount,
      int stepCount) {

    static CourseSummary of(Course course) {
      return new CourseSummary(
          course.slug(),
          course.title(),
          course.summary(),
          course.audience(),
          course.gradeBand(),
          course.program(),
          course.phase(),
          course.pdHours(),
          course.enrollment().name(),
          course.modules().size(),
          course.stepCount());
    }
  }

  public record StepOutline(
      String key, String title, String kind, boolean required, Integer minutes) {

    static StepOutline of(Step step) {
      return new StepOutline(
          step.key(), step.title(), step.kind().name(), step.required(), step.minutes());
    }
  }

  public record ModuleOutline(
      String key,
      String title,
      String summary,
      int estimatedMinutes,
      boolean required,
      List<StepOutline> steps) {

    static ModuleOutline of(CourseModule module) {
      return new ModuleOutline(
          module.key(),
          module.title(),
          module.summary(),
          module.estimatedMinutes(),
          module.required(),
          module.steps().stream().map(StepOutline::of).toList());
    }
  }

  public record CourseOutline(
      String slug,
      String title,
      String summary,
      String audience,
      String gradeBand,
      String program,
      int phase,
      BigDecimal pdHours,
      String enrollment,
      String sequencing,
      String language,
      String version,
      List<ModuleOutline> modules) {

    static CourseOutline of(Course course) {
      return new CourseOutline(
          course.slug(),
          course.title(),
          course.summary(),
          course.audience(),
          course.gradeBand(),
          course.program(),
          course.phase(),
          course.pdHours(),
          course.enrollment().name(),
          course.sequencing().name(),
          course.language(),
          course.version(),
          course.modules().stream().map(ModuleOutline::of).toList());
    }
  }
}
