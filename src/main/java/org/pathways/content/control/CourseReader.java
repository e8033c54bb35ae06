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
import org.pathways.content.entity.Printable;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.ProgramCatalog;

/**
 * Reads one course package: {@code course.yaml} ({@link CourseHeaderReader}), its assets, its
 * printables ({@link PrintableReader}), its modules and their steps ({@link ModuleReader}).
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
    Map<String, String> sheets = PrintableReader.addresses(dir, slug, pageBase(), problems);
    PackageLinks links = new PackageLinks(assets, sheets);
    Map<String, Printable> printables = PrintableReader.read(dir, slug, sheets, links, problems);
    Optional<Course> header = CourseHeaderReader.read(dir, slug, catalog, problems);
    TranslationFiles translations = new TranslationFiles();
    translations.printables =
        PrintableReader.readTranslations(
            dir, slug, sheets, links.in(TranslationFiles.LANGUAGE), problems);
    CourseHeaderReader.readTranslation(dir, slug, translations, problems);
    List<CourseModule> modules =
        ModuleReader.modules(
            dir, slug, new StepReader(slug, links, catalog), translations, problems);
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
            printables,
            version,
            translations.read());
    return new PackageResult(slug, Optional.of(course), problems, version);
  }

  /** The site's address: assets are served under it, at {@code assets/}. */
  private String pageBase() {
    return assetBase.substring(0, assetBase.length() - "assets/".length());
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
