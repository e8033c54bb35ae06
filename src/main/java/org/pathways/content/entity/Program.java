package org.pathways.content.entity;

import java.util.List;
import java.util.Optional;

/** A route through the professional-learning program, one per school level, and its phases. */
public record Program(
    String slug,
    String title,
    String audience,
    String gradeBand,
    String enrollment,
    String summary,
    List<Phase> phases) {

  public Program {
    phases = List.copyOf(phases);
  }

  public Optional<Phase> phase(int number) {
    return phases.stream().filter(phase -> phase.number() == number).findFirst();
  }

  /** A phase of the program; {@code course} is the slug of its online course, if it has one. */
  public record Phase(
      int number, String title, PhaseKind kind, String course, String description, Integer days) {

    public Optional<String> courseSlug() {
      return Optional.ofNullable(course);
    }
  }
}
