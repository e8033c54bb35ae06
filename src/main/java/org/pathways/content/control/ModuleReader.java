package org.pathways.content.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.Translation;

/**
 * Reads a course's numbered module folders, each with its {@code module.yaml} and numbered step
 * files; slugs and numbers are unique (step slugs within the whole course).
 */
final class ModuleReader {

  private static final List<String> MODULE_KEYS = List.of("title", "summary", "required");

  private ModuleReader() {}

  static List<CourseModule> modules(
      Path dir,
      String slug,
      StepReader steps,
      TranslationFiles translations,
      List<Problem> problems) {
    TreeMap<Integer, Path> folders = new TreeMap<>();
    Map<String, String> moduleKeys = new HashMap<>();
    Map<String, String> stepKeys = new HashMap<>();
    for (Path entry : entries(dir, slug, problems)) {
      String fileName = entry.getFileName().toString();
      String name = slug + "/" + fileName;
      if (fileName.equals("course.yaml")
          || fileName.equals(TranslationFiles.translationOf("course.yaml"))
          || fileName.equals("assets")
          || fileName.equals(PrintableReader.FOLDER)
          || fileName.equals("README.md")) {
        continue;
      }
      Slugs.Numbered numbered = Slugs.numbered(fileName);
      if (!Files.isDirectory(entry) || numbered == null) {
        problems.add(Problem.inFile(name, "content.problem.module.stray"));
        continue;
      }
      if (!Slugs.valid(numbered.slug())) {
        problems.add(
            Problem.inFile(name, "content.problem.module.slug", numbered.slug(), Slugs.rule()));
        continue;
      }
      Path other = folders.putIfAbsent(numbered.number(), entry);
      if (other != null) {
        problems.add(
            Problem.inFile(
                name,
                "content.problem.module.number_taken",
                String.valueOf(numbered.number()),
                other.getFileName().toString()));
      }
      String previous = moduleKeys.putIfAbsent(numbered.slug(), name);
      if (previous != null) {
        problems.add(
            Problem.inFile(name, "content.problem.module.slug_taken", numbered.slug(), previous));
      }
    }
    if (folders.isEmpty()) {
      problems.add(Problem.inFile(slug, "content.problem.module.none"));
    }
    List<CourseModule> modules = new ArrayList<>();
    for (Path folder : folders.values()) {
      module(folder, slug, steps, stepKeys, translations, problems).ifPresent(modules::add);
    }
    return modules;
  }

  private static Optional<CourseModule> module(
      Path folder,
      String slug,
      StepReader steps,
      Map<String, String> stepKeys,
      TranslationFiles translations,
      List<Problem> problems) {
    String folderName = folder.getFileName().toString();
    String key = Slugs.numbered(folderName).slug();
    String name = slug + "/" + folderName + "/module.yaml";
    Optional<YamlMap> yaml = Optional.empty();
    if (Files.isRegularFile(folder.resolve("module.yaml"))) {
      yaml = YamlMap.file(folder.resolve("module.yaml"), name, problems, "module.yaml");
    } else {
      problems.add(Problem.inFile(name, "content.problem.module.no_yaml"));
    }
    yaml.ifPresent(ModuleReader::allowOnlyModuleKeys);
    Optional<String> title = yaml.flatMap(map -> map.requiredText("title", 120));
    Optional<String> summary = yaml.flatMap(map -> map.requiredText("summary"));
    boolean required = yaml.flatMap(map -> map.bool("required")).orElse(true);

    TreeMap<Integer, Path> files = new TreeMap<>();
    List<Path> translated = new ArrayList<>();
    for (Path entry : entries(folder, slug + "/" + folderName, problems)) {
      String fileName = entry.getFileName().toString();
      String entryName = slug + "/" + folderName + "/" + fileName;
      if (fileName.equals("module.yaml")) {
        continue;
      }
      Optional<String> original = TranslationFiles.originalOf(fileName);
      if (original.isPresent()) {
        if (Files.isRegularFile(folder.resolve(original.get()))) {
          translated.add(entry);
        } else {
          problems.add(
              Problem.inFile(entryName, "content.problem.translation.orphan", original.get()));
        }
        continue;
      }
      Slugs.Numbered numbered =
          fileName.endsWith(".md")
              ? Slugs.numbered(fileName.substring(0, fileName.length() - 3))
              : null;
      if (!Files.isRegularFile(entry) || numbered == null) {
        problems.add(Problem.inFile(entryName, "content.problem.step.stray"));
        continue;
      }
      if (!Slugs.valid(numbered.slug())) {
        problems.add(
            Problem.inFile(entryName, "content.problem.step.slug", numbered.slug(), Slugs.rule()));
        continue;
      }
      Path other = files.putIfAbsent(numbered.number(), entry);
      if (other != null) {
        problems.add(
            Problem.inFile(
                entryName,
                "content.problem.step.number_taken",
                String.valueOf(numbered.number()),
                other.getFileName().toString()));
      }
      String previous = stepKeys.putIfAbsent(numbered.slug(), entryName);
      if (previous != null) {
        problems.add(
            Problem.inFile(
                entryName, "content.problem.step.slug_taken", numbered.slug(), previous));
      }
    }
    if (files.isEmpty()) {
      problems.add(Problem.inFile(slug + "/" + folderName, "content.problem.module.no_steps"));
    }
    List<Step> read = new ArrayList<>();
    for (Path file : files.values()) {
      String fileName = file.getFileName().toString();
      String stepKey = Slugs.numbered(fileName.substring(0, fileName.length() - 3)).slug();
      steps
          .read(file, slug + "/" + folderName + "/" + fileName, stepKey, folderName, problems)
          .ifPresent(read::add);
    }
    for (Path file : translated) {
      translation(file, slug + "/" + folderName, key, steps, read, translations, problems);
    }
    if (title.isEmpty() || summary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CourseModule(key, title.get(), summary.get(), required, read));
  }

  /**
   * A translation of the module's {@code module.yaml} (its title and summary) or of one of its
   * steps: read like the original, then held to the original's shape ({@link TranslationShape}).
   */
  private static void translation(
      Path file,
      String folderName,
      String moduleKey,
      StepReader steps,
      List<Step> originals,
      TranslationFiles translations,
      List<Problem> problems) {
    String fileName = file.getFileName().toString();
    String name = folderName + "/" + fileName;
    if (fileName.equals(TranslationFiles.translationOf("module.yaml"))) {
      YamlMap.file(file, name, problems, fileName)
          .ifPresent(
              yaml -> {
                yaml.allowOnly(MODULE_KEYS);
                Optional<String> title = yaml.requiredText("title", 120);
                Optional<String> summary = yaml.requiredText("summary");
                if (title.isPresent() && summary.isPresent()) {
                  translations.modules.put(
                      moduleKey, new Translation.ModuleText(title.get(), summary.get()));
                }
              });
      return;
    }
    String original = TranslationFiles.originalOf(fileName).orElseThrow();
    Slugs.Numbered numbered = Slugs.numbered(original.substring(0, original.length() - 3));
    if (numbered == null) {
      return;
    }
    Optional<Step> step =
        originals.stream().filter(s -> s.key().equals(numbered.slug())).findFirst();
    if (step.isEmpty()) {
      return;
    }
    steps
        .in(TranslationFiles.LANGUAGE)
        .read(
            file,
            name,
            numbered.slug(),
            folderName.substring(folderName.indexOf('/') + 1),
            problems)
        .ifPresent(
            read ->
                TranslationShape.firstDifference(step.get(), read)
                    .ifPresentOrElse(
                        difference ->
                            problems.add(
                                Problem.inFile(
                                    name,
                                    "content.problem.translation.changed",
                                    original,
                                    difference.get(0),
                                    difference.get(1))),
                        () -> translations.steps.put(read.key(), read)));
  }

  /** A module's time used to be declared and drifted from its steps: now it is their sum. */
  private static void allowOnlyModuleKeys(YamlMap yaml) {
    List<String> allowed = new ArrayList<>(MODULE_KEYS);
    if (yaml.has("estimatedMinutes")) {
      yaml.problem("estimatedMinutes", "content.problem.module.minutes_computed");
      allowed.add("estimatedMinutes");
    }
    yaml.allowOnly(allowed);
  }

  private static List<Path> entries(Path dir, String name, List<Problem> problems) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      problems.add(Problem.inFile(name, "content.problem.folder.unreadable", e.getMessage()));
      return List.of();
    }
  }
}
