package org.pathways.content.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content the platform serves, and how each package stood at the last load. Immutable: a reload
 * builds the next state from this one, so a package with problems never replaces its last good
 * version.
 */
public record ContentState(
    ProgramCatalog catalog,
    Map<String, Course> courses,
    Map<String, PackageStatus> packages,
    Instant loadedAt) {

  public static final String CATALOG = "programs.yaml + community.yaml";
  public static final ContentState EMPTY =
      new ContentState(ProgramCatalog.EMPTY, Map.of(), Map.of(), null);

  public ContentState {
    courses = Map.copyOf(courses);
    packages = Map.copyOf(packages);
  }

  public boolean loaded() {
    return loadedAt != null;
  }

  public Optional<Course> course(String slug) {
    return Optional.ofNullable(courses.get(slug));
  }

  public Optional<ProgramCatalog> lastGoodCatalog() {
    return packages.containsKey(CATALOG) && packages.get(CATALOG).servedVersion() != null
        ? Optional.of(catalog)
        : Optional.empty();
  }

  /** The state after a read: each package that read cleanly replaces its last version. */
  public ContentState next(ContentRead read, Instant at) {
    Map<String, PackageStatus> statuses = new LinkedHashMap<>();
    CatalogResult catalogRead = read.catalog();
    ProgramCatalog nextCatalog =
        catalogRead.catalog().filter(c -> catalogRead.ok()).orElse(catalog);
    statuses.put(
        CATALOG,
        status(
            CATALOG,
            catalogRead.ok(),
            catalogRead.version(),
            catalogRead.problems(),
            at,
            lastGoodCatalog().isPresent()));

    Map<String, Course> nextCourses = new LinkedHashMap<>();
    for (PackageResult result : read.courses().values()) {
      Course previous = courses.get(result.slug());
      if (result.ok()) {
        nextCourses.put(result.slug(), result.course().orElseThrow());
      } else if (previous != null) {
        nextCourses.put(result.slug(), previous);
      }
      statuses.put(
          result.slug(),
          status(
              result.slug(),
              result.ok(),
              result.version(),
              result.problems(),
              at,
              previous != null));
    }
    return new ContentState(nextCatalog, nextCourses, statuses, at);
  }

  private PackageStatus status(
      String name,
      boolean ok,
      String readVersion,
      List<Problem> problems,
      Instant at,
      boolean hadGood) {
    PackageStatus before = packages.get(name);
    if (ok) {
      boolean same = before != null && readVersion.equals(before.servedVersion());
      return new PackageStatus(
          name,
          PackageStatus.State.LOADED,
          readVersion,
          same ? before.servedSince() : at,
          readVersion,
          List.of());
    }
    if (hadGood && before != null) {
      return new PackageStatus(
          name,
          PackageStatus.State.KEPT_PREVIOUS,
          before.servedVersion(),
          before.servedSince(),
          readVersion,
          new ArrayList<>(problems));
    }
    return new PackageStatus(
        name, PackageStatus.State.NOT_SERVED, null, null, readVersion, problems);
  }

  public List<Problem> problems() {
    return packages.values().stream().flatMap(status -> status.problems().stream()).toList();
  }
}
