package org.pathways.content.entity;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Everything one read of modules/ found: the catalog files, then each course folder by slug. */
public record ContentRead(CatalogResult catalog, Map<String, PackageResult> courses) {

  public ContentRead {
    courses = Map.copyOf(courses);
  }

  public List<Problem> problems() {
    return Stream.concat(
            catalog.problems().stream(),
            courses.values().stream()
                .sorted(java.util.Comparator.comparing(PackageResult::slug))
                .flatMap(course -> course.problems().stream()))
        .toList();
  }
}
