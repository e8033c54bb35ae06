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

  /**
   * What the course list and a course's outline both say of a course. Classes, not records, so that
   * the two share these fields and their JSON stays flat.
   */
  public abstract static class CourseHeading {
    public final String slug;
    public final String title;
    public final String summary;
    public final String audience;
    public final String gradeBand;
    public final String program;
    public final int phase;
    public final BigDecimal pdHours;
    public final String enrollment;

    /** The language its texts are written in: the reader's where translated, else the course's. */
    public final String lang;

    CourseHeading(Course course, String reader) {
      lang = course.translation(reader).isPresent() ? reader : course.language();
      slug = course.slug();
      title = course.title(reader);
      summary = course.summary(reader);
      audience = course.audience(reader);
      gradeBand = course.gradeBand();
      program = course.program();
      phase = course.phase();
      pdHours = course.pdHours();
      enrollment = course.enrollment().name();
    }
  }

  /** A course in the list: its heading and how much it holds. */
  public static final class CourseSummary extends CourseHeading {
    public final int moduleCount;
    public final int stepCount;

    private CourseSummary(Course course, String reader) {
      super(course, reader);
      moduleCount = course.modules().size();
      stepCount = course.stepCount();
    }

    static CourseSummary of(Course course, String reader) {
      return new CourseSummary(course, reader);
    }
  }

  public record StepOutline(
      String key, String title, String kind, boolean required, Integer minutes) {

    static StepOutline of(Course course, Step step, String reader) {
      return new StepOutline(
          step.key(),
          course.stepTitle(step, reader),
          step.kind().name(),
          step.required(),
          step.minutes());
    }
  }

  public record ModuleOutline(
      String key,
      String title,
      String summary,
      int estimatedMinutes,
      boolean required,
      List<StepOutline> steps) {

    static ModuleOutline of(Course course, CourseModule module, String reader) {
      var text = course.moduleText(module, reader);
      return new ModuleOutline(
          module.key(),
          text.title(),
          text.summary(),
          module.estimatedMinutes(),
          module.required(),
          module.steps().stream().map(step -> StepOutline.of(course, step, reader)).toList());
    }
  }

  /** A course's outline: its heading, how it is sequenced, and its modules and steps. */
  public static final class CourseOutline extends CourseHeading {
    public final String sequencing;
    public final String language;
    public final String version;
    public final List<ModuleOutline> modules;

    private CourseOutline(Course course, String reader) {
      super(course, reader);
      sequencing = course.sequencing().name();
      language = course.language();
      version = course.version();
      modules =
          course.modules().stream()
              .map(module -> ModuleOutline.of(course, module, reader))
              .toList();
    }

    /** The outline in the reader's language where the course is translated, else its own. */
    static CourseOutline of(Course course, String reader) {
      return new CourseOutline(course, reader);
    }
  }
}
