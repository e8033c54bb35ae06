package org.pathways.learning.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.content.entity.Step;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.control.StepRecording;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.Learner;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.Revalidated;

/** A step's content, for teachers enrolled in its course; quizzes without their answers. */
@Path("courses/{slug}/steps")
@Produces(MediaType.APPLICATION_JSON)
public class CourseStepsResource {

  @Inject Learning learning;
  @Inject CurrentCaller caller;

  @GET
  @Path("{stepKey}")
  @Operation(
      summary = "A step of a course, for an enrolled caller",
      description =
          "Quiz questions come without their answers, their choices in the authored order (the"
              + " step page shows them in an order that changes with each graded attempt;"
              + " answers are graded by choice key, so the order never matters).")
  @APIResponse(responseCode = "200", description = "The step")
  @APIResponse(
      responseCode = "409",
      description = "The step is locked: the problem says which rule is unmet")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  @Revalidated
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
