package org.pathways.learning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pathways.content.entity.Step;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.control.StepRecording;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;

/** A step's content, for teachers enrolled in its course; quizzes without their answers. */
@Path("courses/{slug}/steps")
@Produces(MediaType.APPLICATION_JSON)
public class CourseStepsResource {

  @Inject Learning learning;
  @Inject CurrentCaller caller;

  @GET
  @Path("{stepKey}")
  public LearningViews.StepView step(
      @PathParam("slug") String slug, @PathParam("stepKey") String stepKey) {
    Learner learner = learning.learnerForStep(caller.get(), slug, stepKey);
    Step step = learner.progress().course().step(stepKey).orElseThrow();
    CourseProgress.ModuleProgress module = learner.progress().moduleOf(stepKey).orElseThrow();
    if (module.locked()) {
      throw StepRecording.locked(module);
    }
    return LearningViews.StepView.of(learner, step);
  }
}
