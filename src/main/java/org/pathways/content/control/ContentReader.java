package org.pathways.content.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.pathways.content.entity.CatalogResult;
import org.pathways.content.entity.ContentRead;
import org.pathways.content.entity.PackageResult;
import org.pathways.content.entity.Problem;
import org.pathways.content.entity.ProgramCatalog;

/**
 * The one validator: reads the whole {@code modules/} folder and reports every problem at once.
 * Used at start-up, on reload and by the authors' command ({@link ContentCheck}). It never throws
 * for anything a file may contain.
 */
public final class ContentReader {

  private static final Logger LOG = Logger.getLogger(ContentReader.class.getName());

  private final Path root;
  private final String assetBase;

  public ContentReader(Path root, String assetBase) {
    this.root = root;
    this.assetBase = assetBase;
  }

  /**
   * @param fallback the catalog to check course references against when this read of the catalog
   *     has errors (the last good one)
   */
  public ContentRead read(Optional<ProgramCatalog> fallback) {
    if (!Files.isDirectory(root)) {
      CatalogResult missing =
          new CatalogResult(
              Optional.empty(),
              List.of(Problem.inFile(root.toString(), "content.problem.root_missing")),
              "");
      return new ContentRead(missing, Map.of());
    }
    Set<String> folders = courseFolders();
    CatalogResult catalog = guarded(() -> CatalogReader.read(root, folders), "programs.yaml");
    Optional<ProgramCatalog> references = catalog.ok() ? catalog.catalog() : fallback;
    CourseReader courses = new CourseReader(root, assetBase);
    Map<String, PackageResult> results = new LinkedHashMap<>();
    for (String folder : folders) {
      results.put(folder, guarded(() -> courses.read(folder, references), folder));
    }
    return new ContentRead(catalog, results);
  }

  private Set<String> courseFolders() {
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(Files::isDirectory)
          .map(path -> path.getFileName().toString())
          .filter(name -> !name.startsWith(".") && !name.startsWith("_"))
          .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      return new TreeSet<>();
    }
  }

  /**
   * A last safety net: anything unexpected while reading one package becomes a problem of that
   * package, so the others still load.
   */
  @SuppressWarnings("unchecked")
  private static <T> T guarded(java.util.function.Supplier<T> read, String name) {
    try {
      return read.get();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.log(Level.SEVERE, "Unexpected failure while reading " + name, e);
      Problem problem =
          Problem.inFile(name, "content.problem.unreadable_package", e.getClass().getSimpleName());
      return name.equals("programs.yaml")
          ? (T) new CatalogResult(Optional.empty(), List.of(problem), "")
          : (T) new PackageResult(name, Optional.empty(), List.of(problem), "");
    }
  }
}
