package org.pathways.content.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.ProgramCatalog;
import org.pathways.content.entity.Sequencing;

/** Reads a course's {@code course.yaml}: the course without its modules, or its problems. */
final class CourseHeaderReader {

  private static final List<String> COURSE_KEYS =
      List.of(
          "title",
          "summary",
          "audience",
          "gradeBand",
          "program",
          "phase",
          "enrollment",
          "sequencing",
          "language");
  private static final List<String> GRADE_BANDS = List.of("K-5", "6-8", "9-12", "K-12");

  private CourseHeaderReader() {}

  /**
   * The course's title, summary and audience in Spanish from {@code course.es.yaml}, if there is
   * one; its other keys copy the original's and are not read again.
   */
  static void readTranslation(
      Path dir, String slug, TranslationFiles translations, List<Problem> problems) {
    String fileName = TranslationFiles.translationOf("course.yaml");
    Path file = dir.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      return;
    }
    String name = slug + "/" + fileName;
    YamlMap.file(file, name, problems, fileName)
        .ifPresent(
            yaml -> {
              yaml.allowOnly(COURSE_KEYS);
              translations.title = yaml.requiredText("title", 120);
              translations.summary = yaml.requiredText("summary");
              translations.audience = yaml.requiredText("audience");
            });
  }

  static Optional<Course> read(
      Path dir, String slug, Optional<ProgramCatalog> catalog, List<Problem> problems) {
    String name = slug + "/course.yaml";
    Path file = dir.resolve("course.yaml");
    if (!Files.isRegularFile(file)) {
      problems.add(Problem.inFile(name, "content.problem.course.no_yaml"));
      return Optional.empty();
    }
    Optional<YamlMap> read = YamlMap.file(file, name, problems, "course.yaml");
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = read.get();
    // Hours used to be declared here and drifted from the steps: now they follow from them.
    List<String> allowed = new java.util.ArrayList<>(COURSE_KEYS);
    if (yaml.has("pdHours")) {
      yaml.problem("pdHours", "content.problem.course.pd_hours_computed");
      allowed.add("pdHours");
    }
    yaml.allowOnly(allowed);
    Optional<String> title = yaml.requiredText("title", 120);
    Optional<String> summary = yaml.requiredText("summary");
    Optional<String> audience = yaml.requiredText("audience");
    Optional<String> gradeBand = yaml.requiredText("gradeBand");
    gradeBand
        .filter(band -> !GRADE_BANDS.contains(band))
        .ifPresent(
            band ->
                yaml.problem(
                    "gradeBand",
                    "content.problem.course.grade_band",
                    String.join(", ", GRADE_BANDS)));
    Optional<String> program = yaml.requiredText("program");
    Optional<Integer> phase = yaml.requiredInteger("phase", 1, 9);
    if (program.isPresent() && phase.isPresent()) {
      if (catalog.isEmpty()) {
        yaml.problem("program", "content.problem.course.program_unchecked");
      } else if (catalog.get().program(program.get()).isEmpty()) {
        yaml.problem("program", "content.problem.course.no_program", program.get());
      } else if (catalog.get().phase(program.get(), phase.get()).isEmpty()) {
        yaml.problem(
            "phase", "content.problem.course.no_phase", program.get(), String.valueOf(phase.get()));
      }
    }
    Optional<EnrollmentPolicy> enrollment =
        yaml.requiredChoice("enrollment", EnrollmentPolicy.class);
    Optional<Sequencing> sequencing = yaml.requiredChoice("sequencing", Sequencing.class);
    Optional<String> language = yaml.requiredText("language");
    language
        .filter(tag -> !tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"))
        .ifPresent(tag -> yaml.problem("language", "content.problem.course.language"));
    if (title.isEmpty()
        || summary.isEmpty()
        || audience.isEmpty()
        || gradeBand.isEmpty()
        || program.isEmpty()
        || phase.isEmpty()
        || enrollment.isEmpty()
        || sequencing.isEmpty()
        || language.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Course(
            slug,
            title.get(),
            summary.get(),
            audience.get(),
            gradeBand.get(),
            program.get(),
            phase.get(),
            enrollment.get(),
            sequencing.get(),
            language.get(),
            List.of(),
            Map.of(),
            Map.of(),
            "",
            java.util.Map.of()));
  }
}
