package org.pathways.content.entity;

import java.util.List;
import java.util.Optional;

/**
 * What reading one course package found: the course when it has no problem, else the problems.
 * {@code version} is the hash of every file of the package.
 */
public record PackageResult(
    String slug, Optional<Course> course, List<Problem> problems, String version) {

  public PackageResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty() && course.isPresent();
  }
}
