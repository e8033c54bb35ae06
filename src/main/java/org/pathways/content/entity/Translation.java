package org.pathways.content.entity;

import java.util.Map;
import java.util.Optional;

/**
 * A course package's words in another language ({@code language}, such as {@code es}), read from
 * the files beside the originals ({@code 01-welcome.es.md}, {@code module.es.yaml}, {@code
 * course.es.yaml}, {@code printables/x.es.md}). Only what was translated is here; anything else
 * reads in the course's own language. A translated step keeps its original's shape (its keys,
 * answers and rules), which the reader checks, so progress and grading never depend on the
 * language.
 */
public record Translation(
    String language,
    Optional<String> title,
    Optional<String> summary,
    Optional<String> audience,
    Map<String, ModuleText> modules,
    Map<String, Step> steps,
    Map<String, Printable> printables) {

  public Translation {
    modules = Map.copyOf(modules);
    steps = Map.copyOf(steps);
    printables = Map.copyOf(printables);
  }

  /** A module's title and summary in the translation's language. */
  public record ModuleText(String title, String summary) {}

  public boolean isEmpty() {
    return title.isEmpty() && modules.isEmpty() && steps.isEmpty() && printables.isEmpty();
  }
}
