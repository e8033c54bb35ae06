package org.pathways.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.GradeBand;
import org.pathways.learning.control.CourseSuggestion;
import org.pathways.learning.entity.Learner;

/**
 * learning/index.xhtml, "My learning": every enrolment with percent, last activity and next step. A
 * teacher with no course yet (a new one lands here after sign-up) sees where to start instead: the
 * course for the grades they teach, or where each route starts, and the workshop finder.
 */
@Named
@RequestScoped
public class MyLearningPage {

  @Inject Learning learning;
  @Inject CurrentCaller current;
  @Inject Accounts accounts;
  @Inject ContentLibrary library;

  private List<Learner> learners;
  private Optional<GradeBand> gradeBand;
  private Optional<Course> suggested;

  public List<Learner> getLearners() {
    if (learners == null) {
      learners = learning.enrollments(current.get());
    }
    return learners;
  }

  /** The grades the teacher said they teach, or null; read only when a page asks. */
  public GradeBand getGradeBand() {
    if (gradeBand == null) {
      Caller caller = current.get();
      gradeBand =
          caller.signedIn()
              ? accounts.account(caller.id()).map(Account::getGradeBand)
              : Optional.empty();
    }
    return gradeBand.orElse(null);
  }

  /** The served course that fits their grades, or null when they have not said or none fits. */
  public Course getSuggested() {
    if (suggested == null) {
      GradeBand band = getGradeBand();
      suggested =
          band == null
              ? Optional.empty()
              : CourseSuggestion.forGrades(band.code(), library.courses());
    }
    return suggested.orElse(null);
  }

  /** Where each route starts, for a teacher without a suggestion. */
  public List<Course> getStarts() {
    return CourseSuggestion.forEachOf(
        Arrays.stream(GradeBand.values()).map(GradeBand::code).toList(), library.courses());
  }

  public boolean codeNeeded(Course course) {
    return course.enrollment() == EnrollmentPolicy.COHORT_CODE;
  }

  public String startUrl(Course course) {
    return LearningLinks.course(course.slug());
  }

  public String courseUrl(Learner learner) {
    return LearningLinks.course(learner.enrollment().getCourseSlug());
  }

  public String continueUrl(Learner learner) {
    var resume = learner.progress().resume();
    return resume == null
        ? courseUrl(learner)
        : LearningLinks.step(learner.enrollment().getCourseSlug(), resume.key());
  }

  public String certificateUrl(Learner learner) {
    return LearningLinks.certificate(learner.enrollment().getId());
  }
}
