package org.pathways.learning.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.pathways.learning.control.WhereNext;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;
import org.pathways.platform.boundary.Pages;

/** Where the learning pages live, in one place (paths from the site root). */
final class LearningLinks {

  private LearningLinks() {}

  static String course(String slug) {
    return "/learning/course.xhtml?slug=" + encode(slug);
  }

  static String step(String course, String step) {
    return "/learning/step.xhtml?course=" + encode(course) + "&step=" + encode(step);
  }

  static String certificate(UUID enrollment) {
    return "/learning/certificate.xhtml?enrollment=" + enrollment;
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

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
