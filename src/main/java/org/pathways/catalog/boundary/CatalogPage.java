package org.pathways.catalog.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Program;

/** courses/index.xhtml: the programs with their phases, and every course served. */
@Named
@RequestScoped
public class CatalogPage {

  @Inject ContentLibrary library;

  public List<Program> getPrograms() {
    return library.catalog().programs();
  }

  public List<Course> getCourses() {
    return library.courses().stream()
        .sorted(Comparator.comparing(Course::program).thenComparing(Course::phase))
        .toList();
  }

  /** The course of an online phase, when it is served. */
  public Course course(Program.Phase phase) {
    return Optional.ofNullable(phase.course()).flatMap(library::course).orElse(null);
  }
}
