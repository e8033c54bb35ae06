package org.pathways.content.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pathways.content.entity.CatalogResult;
import org.pathways.content.entity.CommunitySpace;
import org.pathways.content.entity.PhaseKind;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.Program;
import org.pathways.content.entity.ProgramCatalog;
import org.pathways.platform.entity.Message;

/** Reads {@code programs.yaml} and {@code community.yaml}. */
final class CatalogReader {

  static final String PROGRAMS = "programs.yaml";
  static final String COMMUNITY = "community.yaml";
  private static final List<String> PROGRAM_KEYS =
      List.of("slug", "title", "audience", "gradeBand", "enrollment", "summary", "phases");
  private static final List<String> PHASE_KEYS =
      List.of("number", "title", "kind", "course", "description", "days");
  private static final List<String> SPACE_KEYS = List.of("key", "title", "description");

  private CatalogReader() {}

  static CatalogResult read(Path root, Set<String> courseFolders) {
    List<Problem> problems = new ArrayList<>();
    List<Program> programs = readPrograms(root, courseFolders, problems);
    List<CommunitySpace> spaces = readSpaces(root, problems);
    String version = Hashes.ofFiles(root, List.of(root.resolve(PROGRAMS), root.resolve(COMMUNITY)));
    Optional<ProgramCatalog> catalog =
        problems.isEmpty() ? Optional.of(new ProgramCatalog(programs, spaces)) : Optional.empty();
    return new CatalogResult(catalog, problems, version);
  }

  private static Optional<YamlMap> document(Path root, String name, List<Problem> problems) {
    Path file = root.resolve(name);
    if (!Files.isRegularFile(file)) {
      problems.add(Problem.inFile(name, "content.problem.catalog.missing"));
      return Optional.empty();
    }
    return YamlMap.file(file, name, problems, name);
  }

  private static List<Program> readPrograms(
      Path root, Set<String> courseFolders, List<Problem> problems) {
    Optional<YamlMap> document = document(root, PROGRAMS, problems);
    if (document.isEmpty()) {
      return List.of();
    }
    document.get().allowOnly(List.of("programs"));
    List<Program> programs = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    for (YamlMap entry :
        document.get().requiredList("programs", Message.of("content.problem.item.program"))) {
      entry.allowOnly(PROGRAM_KEYS);
      Optional<String> slug = entry.requiredText("slug");
      slug.ifPresent(
          value -> {
            if (!Slugs.valid(value)) {
              entry.problem("slug", "content.problem.catalog.slug", value, Slugs.rule());
            } else if (!slugs.add(value)) {
              entry.problem("slug", "content.problem.catalog.slug_taken", value);
            }
          });
      Optional<String> title = entry.requiredText("title", 120);
      Optional<String> audience = entry.requiredText("audience");
      Optional<String> gradeBand = entry.requiredText("gradeBand");
      Optional<String> enrollment = entry.requiredText("enrollment");
      enrollment
          .filter(value -> !List.of("OPEN", "DISTRICT_PARTNERSHIP").contains(value))
          .ifPresent(
              value -> entry.problem("enrollment", "content.problem.catalog.enrollment", value));
      Optional<String> summary = entry.requiredText("summary");
      List<Program.Phase> phases = readPhases(entry, courseFolders);
      if (slug.isPresent()
          && title.isPresent()
          && audience.isPresent()
          && gradeBand.isPresent()
          && enrollment.isPresent()
          && summary.isPresent()) {
        programs.add(
            new Program(
                slug.get(),
                title.get(),
                audience.get(),
                gradeBand.get(),
                enrollment.get(),
                summary.get(),
                phases));
      }
    }
    return programs;
  }

  private static List<Program.Phase> readPhases(YamlMap program, Set<String> courseFolders) {
    List<Program.Phase> phases = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    for (YamlMap entry : program.requiredList("phases", Message.of("content.problem.item.phase"))) {
      entry.allowOnly(PHASE_KEYS);
      Optional<Integer> number = entry.requiredInteger("number", 1, 9);
      number
          .filter(value -> !numbers.add(value))
          .ifPresent(
              value ->
                  entry.problem(
                      "number", "content.problem.catalog.number_taken", String.valueOf(value)));
      Optional<String> title = entry.requiredText("title", 120);
      Optional<PhaseKind> kind = entry.requiredChoice("kind", PhaseKind.class);
      Optional<String> course = entry.text("course");
      course
          .filter(slug -> !courseFolders.contains(slug))
          .ifPresent(
              slug -> entry.problem("course", "content.problem.catalog.no_course_folder", slug));
      if (kind.filter(value -> value == PhaseKind.ONLINE).isPresent() && course.isEmpty()) {
        entry.problemHere("content.problem.catalog.online_needs_course");
      }
      Optional<String> description = entry.requiredText("description");
      Optional<Integer> days = entry.integer("days", 1, 14);
      if (number.isPresent() && title.isPresent() && kind.isPresent() && description.isPresent()) {
        phases.add(
            new Program.Phase(
                number.get(),
                title.get(),
                kind.get(),
                course.orElse(null),
                description.get(),
                days.orElse(null)));
      }
    }
    phases.sort((a, b) -> Integer.compare(a.number(), b.number()));
    return phases;
  }

  private static List<CommunitySpace> readSpaces(Path root, List<Problem> problems) {
    Optional<YamlMap> document = document(root, COMMUNITY, problems);
    if (document.isEmpty()) {
      return List.of();
    }
    document.get().allowOnly(List.of("spaces"));
    List<CommunitySpace> spaces = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (YamlMap entry :
        document.get().requiredList("spaces", Message.of("content.problem.item.space"))) {
      entry.allowOnly(SPACE_KEYS);
      Optional<String> key = entry.requiredText("key");
      key.ifPresent(
          value -> {
            if (!Slugs.valid(value) || value.equals("course")) {
              entry.problem("key", "content.problem.catalog.space_key", value, Slugs.rule());
            } else if (!keys.add(value)) {
              entry.problem("key", "content.problem.catalog.space_key_taken", value);
            }
          });
      Optional<String> title = entry.requiredText("title", 120);
      Optional<String> description = entry.requiredText("description");
      if (key.isPresent() && title.isPresent() && description.isPresent()) {
        spaces.add(new CommunitySpace(key.get(), title.get(), description.get()));
      }
    }
    return spaces;
  }
}
