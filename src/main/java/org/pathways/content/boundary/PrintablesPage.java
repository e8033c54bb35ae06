package org.pathways.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Printable;
import org.pathways.platform.boundary.Pages;

/** learning/printables.xhtml?course=: every printable of a course, with what each is for. */
@Named
@RequestScoped
public class PrintablesPage {

  @Inject ContentLibrary library;

  private String course;
  private Course found;

  /** The view action: a course with printables, else 404. */
  public void load() {
    found = course == null ? null : library.course(course).orElse(null);
    if (found == null || found.printables().isEmpty()) {
      found = null;
      Pages.sendError(404);
    }
  }

  public List<Printable> getPrintables() {
    return found == null ? List.of() : List.copyOf(found.printables().values());
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public Course getFound() {
    return found;
  }
}
