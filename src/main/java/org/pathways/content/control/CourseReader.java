package org.pathways.content.control;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Course.Asset;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.content.entity.PackageResult;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.ProgramCatalog;
import org.pathways.content.entity.Sequencing;
import org.pathways.content.entity.Step;

/** Reads one course package: {@code course.yaml}, its assets, its modules and their steps. */
final class CourseReader {

  private static final List<String> COURSE_KEYS =
      List.of(
          "title",
          "summary",
          "audience",
          "gradeBand",
          "program",
          "phase",
          "pdHours",
          "enrollment",
          "sequencing",
          "language");
  private static final List<String> MODULE_KEYS =
      List.of("title", "summary", "estimatedMinutes", "required");
  private static final List<String> GRADE_BANDS = List.of("K-5", "6-8", "9-12", "K-12");

  private final Path root;
  private final String assetBase;

  CourseReader(Path root, String assetBase) {
    this.root = root;
    this.assetBase = assetBase;
  }

  PackageResult read(String slug, Optional<ProgramCatalog> catalog) {
    Path dir = root.resolve(slug);
    List<Problem> problems = new ArrayList<>();
    List<Path> files = files(dir, slug, problems);
    String version = Hashes.ofFiles(root, files);
    if (!Slugs.valid(slug)) {
      problems.add(
          Problem.inFile(slug, "a course folder name is its slug and must be " + Slugs.rule()));
      return new PackageResult(slug, Optional.empty(), problems, version);
    }
    Map<String, Asset> assets = AssetReader.read(dir, slug, assetBase, problems);
    Optional<Course> header = header(dir, slug, catalog, problems);
    List<CourseModule> modules =
        modules(dir, slug, new StepReader(slug, assets, catalog), problems);
    if (!problems.isEmpty() || header.isEmpty()) {
      return new PackageResult(slug, Optional.empty(), problems, version);
    }
    Course h = header.get();
    Course course =
        new Course(
            slug,
            h.title(),
            h.summary(),
            h.audience(),
            h.gradeBand(),
            h.program(),
            h.phase(),
            h.pdHours(),
            h.enrollment(),
            h.sequencing(),
            h.language(),
            modules,
            assets,
            version);
    return new PackageResult(slug, Optional.of(course), problems, version);
  }

  private static List<Path> files(Path dir, String slug, List<Problem> problems) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(Problem.inFile(slug, "the folder cannot be read: " + e.getMessage()));
      return List.of();
    }
  }

  private Optional<Course> header(
      Path dir, String slug, Optional<ProgramCatalog> catalog, List<Problem> problems) {
    String name = slug + "/course.yaml";
    Path file = dir.resolve("course.yaml");
    if (!Files.isRegularFile(file)) {
      problems.add(Problem.inFile(name, "every course folder needs a course.yaml"));
      return Optional.empty();
    }
    Optional<YamlMap> read =
        TextFile.read(file, name, problems)
            .flatMap(text -> Yaml.parse(text, name, 0, problems))
            .flatMap(node -> YamlMap.of(node, name, 0, problems, "course.yaml"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YamlMap yaml = read.get();
    yaml.allowOnly(COURSE_KEYS);
    Optional<String> title = yaml.requiredText("title", 120);
    Optional<String> summary = yaml.requiredText("summary");
    Optional<String> audience = yaml.requiredText("audience");
    Optional<String> gradeBand = yaml.requiredText("gradeBand");
    gradeBand
        .filter(band -> !GRADE_BANDS.contains(band))
        .ifPresent(
            band ->
                yaml.problem(
                    "gradeBand", "\"gradeBand\" must be one of " + String.join(", ", GRADE_BANDS)));
    Optional<String> program = yaml.requiredText("program");
    Optional<Integer> phase = yaml.requiredInteger("phase", 1, 9);
    if (program.isPresent() && phase.isPresent()) {
      if (catalog.isEmpty()) {
        yaml.problem("program", "the program cannot be checked while programs.yaml has errors");
      } else if (catalog.get().program(program.get()).isEmpty()) {
        yaml.problem("program", "there is no program \"" + program.get() + "\" in programs.yaml");
      } else if (catalog.get().phase(program.get(), phase.get()).isEmpty()) {
        yaml.problem("phase", "the program \"" + program.get() + "\" has no phase " + phase.get());
      }
    }
    Optional<BigDecimal> pdHours =
        yaml.requiredDecimal("pdHours", new BigDecimal("0.5"), new BigDecimal("100"));
    pdHours
        .filter(hours -> hours.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0)
        .ifPresent(
            hours ->
                yaml.problem("pdHours", "\"pdHours\" must be a whole or half hour, not " + hours));
    Optional<EnrollmentPolicy> enrollment =
        yaml.requiredChoice("enrollment", EnrollmentPolicy.class);
    Optional<Sequencing> sequencing = yaml.requiredChoice("sequencing", Sequencing.class);
    Optional<String> language = yaml.requiredText("language");
    language
        .filter(tag -> !tag.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*"))
        .ifPresent(
            tag ->
                yaml.problem(
                    "language", "\"language\" must be a language tag such as en or es-US"));
    if (title.isEmpty()
        || summary.isEmpty()
        || audience.isEmpty()
        || gradeBand.isEmpty()
        || program.isEmpty()
        || phase.isEmpty()
        || pdHours.isEmpty()
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
            pdHours.get(),
            enrollment.get(),
            sequencing.get(),
            language.get(),
            List.of(),
            Map.of(),
            ""));
  }

  private List<CourseModule> modules(
      Path dir, String slug, StepReader steps, List<Problem> problems) {
    TreeMap<Integer, Path> folders = new TreeMap<>();
    Map<String, String> moduleKeys = new HashMap<>();
    Map<String, String> stepKeys = new HashMap<>();
    for (Path entry : entries(dir, slug, problems)) {
      String fileName = entry.getFileName().toString();
      String name = slug + "/" + fileName;
      if (fileName.equals("course.yaml")
          || fileName.equals("assets")
          || fileName.equals("README.md")) {
        continue;
      }
      Slugs.Numbered numbered = Slugs.numbered(fileName);
      if (!Files.isDirectory(entry) || numbered == null) {
        problems.add(
            Problem.inFile(
                name,
                "a course folder holds course.yaml, assets/ and numbered module folders such as"
                    + " 01-why-cs/; this does not belong here"));
        continue;
      }
      if (!Slugs.valid(numbered.slug())) {
        problems.add(
            Problem.inFile(
                name, "the module slug \"" + numbered.slug() + "\" must be " + Slugs.rule()));
        continue;
      }
      Path other = folders.putIfAbsent(numbered.number(), entry);
      if (other != null) {
        problems.add(
            Problem.inFile(
                name,
                "the number "
                    + numbered.number()
                    + " is also used by "
                    + other.getFileName()
                    + "; give each module its own number"));
      }
      String previous = moduleKeys.putIfAbsent(numbered.slug(), name);
      if (previous != null) {
        problems.add(
            Problem.inFile(
                name, "the module slug \"" + numbered.slug() + "\" is also used by " + previous));
      }
    }
    if (folders.isEmpty()) {
      problems.add(Problem.inFile(slug, "the course has no module folders (such as 01-why-cs/)"));
    }
    List<CourseModule> modules = new ArrayList<>();
    for (Path folder : folders.values()) {
      module(folder, slug, steps, stepKeys, problems).ifPresent(modules::add);
    }
    return modules;
  }

  private Optional<CourseModule> module(
      Path folder,
      String slug,
      StepReader steps,
      Map<String, String> stepKeys,
      List<Problem> problems) {
    String folderName = folder.getFileName().toString();
    String key = Slugs.numbered(folderName).slug();
    String name = slug + "/" + folderName + "/module.yaml";
    Optional<YamlMap> yaml = Optional.empty();
    if (Files.isRegularFile(folder.resolve("module.yaml"))) {
      yaml =
          TextFile.read(folder.resolve("module.yaml"), name, problems)
              .flatMap(text -> Yaml.parse(text, name, 0, problems))
              .flatMap(node -> YamlMap.of(node, name, 0, problems, "module.yaml"));
    } else {
      problems.add(Problem.inFile(name, "every module folder needs a module.yaml"));
    }
    yaml.ifPresent(map -> map.allowOnly(MODULE_KEYS));
    Optional<String> title = yaml.flatMap(map -> map.requiredText("title", 120));
    Optional<String> summary = yaml.flatMap(map -> map.requiredText("summary"));
    Optional<Integer> minutes =
        yaml.flatMap(map -> map.requiredInteger("estimatedMinutes", 1, 600));
    boolean required = yaml.flatMap(map -> map.bool("required")).orElse(true);

    TreeMap<Integer, Path> files = new TreeMap<>();
    for (Path entry : entries(folder, slug + "/" + folderName, problems)) {
      String fileName = entry.getFileName().toString();
      String entryName = slug + "/" + folderName + "/" + fileName;
      if (fileName.equals("module.yaml")) {
        continue;
      }
      Slugs.Numbered numbered =
          fileName.endsWith(".md")
              ? Slugs.numbered(fileName.substring(0, fileName.length() - 3))
              : null;
      if (!Files.isRegularFile(entry) || numbered == null) {
        problems.add(
            Problem.inFile(
                entryName,
                "a module folder holds module.yaml and numbered step files such as 01-what-is-cs.md; this does not belong here"));
        continue;
      }
      if (!Slugs.valid(numbered.slug())) {
        problems.add(
            Problem.inFile(
                entryName, "the step slug \"" + numbered.slug() + "\" must be " + Slugs.rule()));
        continue;
      }
      Path other = files.putIfAbsent(numbered.number(), entry);
      if (other != null) {
        problems.add(
            Problem.inFile(
                entryName,
                "the number "
                    + numbered.number()
                    + " is also used by "
                    + other.getFileName()
                    + "; give each step its own number"));
      }
      String previous = stepKeys.putIfAbsent(numbered.slug(), entryName);
      if (previous != null) {
        problems.add(
            Problem.inFile(
                entryName,
                "the step slug \""
                    + numbered.slug()
                    + "\" is also used by "
                    + previous
                    + "; step slugs are unique within a course"));
      }
    }
    if (files.isEmpty()) {
      problems.add(Problem.inFile(slug + "/" + folderName, "the module has no step files"));
    }
    List<Step> read = new ArrayList<>();
    for (Path file : files.values()) {
      String fileName = file.getFileName().toString();
      String stepKey = Slugs.numbered(fileName.substring(0, fileName.length() - 3)).slug();
      steps
          .read(file, slug + "/" + folderName + "/" + fileName, stepKey, folderName, problems)
          .ifPresent(read::add);
    }
    if (title.isEmpty() || summary.isEmpty() || minutes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new CourseModule(key, title.get(), summary.get(), minutes.get(), required, read));
  }

  private static List<Path> entries(Path dir, String name, List<Problem> problems) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      problems.add(Problem.inFile(name, "the folder cannot be read: " + e.getMessage()));
      return List.of();
    }
  }
}
