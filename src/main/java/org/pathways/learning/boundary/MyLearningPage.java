package org.pathways.learning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.entity.Learner;

/** learn/index.xhtml, "My learning": every enrolment with percent, last activity and next step. */
@Named
@RequestScoped
public class MyLearningPage {

  @Inject Learning learning;
  @Inject CurrentCaller current;

  private List<Learner> learners;

  public List<Learner> getLearners() {
    if (learners == null) {
      learners = learning.enrollments(current.get());
    }
    return learners;
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
