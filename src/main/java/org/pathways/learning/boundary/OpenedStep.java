package org.pathways.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.Learner;

/**
 * The step a request opens, read once for every bean of the step player that needs it (the player
 * itself, and the editors other features put inside it, such as the reflection editor).
 */
@RequestScoped
public class OpenedStep {

  @Inject Learning learning;
  @Inject CurrentCaller current;
  @Inject EnrollmentWork work;

  private String course;
  private String key;
  private Learner learner;
  private Optional<Instant> closedSince;

  /**
   * The caller's enrolment with its progress, for a step of a course; refused as {@link
   * Learning#learnerForStep} refuses.
   */
  public Learner learner(String course, String key) {
    if (learner == null || !course.equals(this.course) || !key.equals(this.key)) {
      learner = learning.learnerForStep(current.get(), course, key);
      this.course = course;
      this.key = key;
      closedSince = null;
    }
    return learner;
  }

  /**
   * When the cohort of the step's enrolment was closed, if it was: its work is read-only, and the
   * player and the editors inside it offer no form (asked once per request).
   */
  public Optional<Instant> closedSince() {
    if (closedSince == null) {
      closedSince = learner == null ? Optional.empty() : work.closedSince(learner.enrollment());
    }
    return closedSince;
  }

  /**
   * Where to go once the reflections feature recorded a submission of this step (which completes
   * it): the next step, or the certificate when that completed the course.
   */
  public String afterReflectionSubmitted(Learner before, String stepKey) {
    Learner after = learning.learner(current.get(), before.enrollment().getId());
    boolean courseCompleted = after.progress().completed() && !before.progress().completed();
    return LearningLinks.after(before, stepKey, courseCompleted);
  }
}
