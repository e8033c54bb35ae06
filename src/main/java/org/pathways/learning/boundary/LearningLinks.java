package org.pathways.learning.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.pathways.learning.control.WhereNext;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;
import org.pathways.platform.boundary.Pages;

/**
 * Where the learning pages live, in one place (paths from the site root); other features link to a
 * course through {@link #course(String)}.
 */
public final class LearningLinks {

  private LearningLinks() {}

  /** A course's page. */
  public static String course(String slug) {
    return UriBuilder.fromPath("/learning/course.xhtml")
        .queryParam("slug", slug)
        .build()
        .toString();
  }

  /** A step of a course, in the step player. */
  public static String step(String course, String step) {
    return UriBuilder.fromPath("/learning/step.xhtml")
        .queryParam("course", course)
        .queryParam("step", step)
        .build()
        .toString();
  }

  public static String certificate(UUID enrollment) {
    return UriBuilder.fromPath("/learning/certificate.xhtml")
        .queryParam("enrollment", enrollment)
        .build()
        .toString();
  }

  /** Where the step player goes once a step was recorded ({@link WhereNext}). */
  static String after(Learner learner, String stepKey, boolean courseCompleted) {
    String course = learner.progress().course().slug();
    WhereNext.Place place = WhereNext.after(learner.progress(), stepKey, courseCompleted);
    return switch (place.kind()) {
      case CERTIFICATE -> certificate(learner.enrollment().getId()) + "&completed=true";
      case STEP -> step(course, place.stepKey());
      case COURSE -> course(course);
    };
  }

  static String lockText(CourseProgress.ModuleProgress module) {
    return Pages.format("learning.locked", module.module().title(), module.blockedBy().title());
  }
}
