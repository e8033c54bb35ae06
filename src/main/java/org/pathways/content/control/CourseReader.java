package org.pathways.content.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Course.Asset;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.PackageResult;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.ProgramCatalog;

/**
 * Reads one course package: {@code course.yaml} ({@link CourseHeaderReader}), its assets, its
 * modules and their steps ({@link ModuleReader}).
 */
final class CourseReader {

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
      problems.add(Problem.inFile(slug, "content.problem.course.slug", Slugs.rule()));
      return new PackageResult(slug, Optional.empty(), problems, version);
    }
    Map<String, Asset> assets = AssetReader.read(dir, slug, assetBase, problems);
    Optional<Course> header = CourseHeaderReader.read(dir, slug, catalog, problems);
    List<CourseModule> modules =
        ModuleReader.modules(dir, slug, new StepReader(slug, assets, catalog), problems);
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
      problems.add(Problem.inFile(slug, "content.problem.folder.unreadable", e.getMessage()));
      return List.of();
    }
  }
}
