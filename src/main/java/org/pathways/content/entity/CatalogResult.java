package org.pathways.content.entity;

import java.util.List;
import java.util.Optional;

/** What reading programs.yaml and community.yaml found. */
public record CatalogResult(
    Optional<ProgramCatalog> catalog, List<Problem> problems, String version) {

  public CatalogResult {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty() && catalog.isPresent();
  }
}
