package org.pathways.content.entity;

import java.util.List;
import java.util.Optional;

/** The programs with their phases, and the community forum spaces: the package-wide files. */
public record ProgramCatalog(List<Program> programs, List<CommunitySpace> spaces) {

  public static final ProgramCatalog EMPTY = new ProgramCatalog(List.of(), List.of());

  public ProgramCatalog {
    programs = List.copyOf(programs);
    spaces = List.copyOf(spaces);
  }

  public Optional<Program> program(String slug) {
    return programs.stream().filter(program -> program.slug().equals(slug)).findFirst();
  }

  public Optional<Program.Phase> phase(String program, int number) {
    return program(program).flatMap(found -> found.phase(number));
  }

  public boolean hasSpace(String key) {
    return spaces.stream().anyMatch(space -> space.key().equals(key));
  }
}
