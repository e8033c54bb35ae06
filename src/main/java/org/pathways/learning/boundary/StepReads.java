package org.pathways.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.control.LearnerStates;
import org.pathways.learning.control.StepJson;
import org.pathways.learning.control.StepRecording;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.LearnerState;
import org.pathways.platform.entity.Refusal;

/**
 * An enrolled teacher's view of a step, from memory in the steady state: who the token stands for
 * ({@code CallerCache}), their enrolment and progress ({@link LearnerStates}, by their own account)
 * and the step's shared JSON per content version ({@link StepBodies}). No statement when all three
 * are known; two (the enrolment, its completed steps) when the enrolment is not.
 */
@ApplicationScoped
public class StepReads {

  @Inject ContentLibrary library;
  @Inject Authorization authorization;
  @Inject Learning learning;
  @Inject LearnerStates states;
  @Inject StepBodies bodies;

  /**
   * The step's JSON for the caller, in {@code reader}'s language where translated: 401 signed out,
   * 404 for an unknown course or step, 403 when not enrolled, 409 when its module is locked.
   */
  public String step(Caller caller, String courseSlug, String stepKey, String reader) {
    authorization.requireSignedIn(caller);
    Course course =
        library.course(courseSlug).orElseThrow(() -> Refusal.notFound("learning.course.none"));
    Step step = course.step(stepKey).orElseThrow(() -> Refusal.notFound("learning.step.none"));
    LearnerState state =
        states
            .of(caller.id(), course.slug(), () -> learning.stateIn(caller, course.slug()))
            .orElseThrow(() -> Refusal.of(Refusal.Kind.FORBIDDEN, "learning.step.enroll_first"));
    CourseProgress progress = state.progress(course);
    CourseProgress.ModuleProgress module = progress.moduleOf(stepKey).orElseThrow();
    if (module.locked()) {
      throw StepRecording.locked(module);
    }
    CourseProgress.StepProgress here = progress.step(stepKey).orElseThrow();
    return StepJson.personal(bodies.of(course, step, reader), here.done(), here.completedAt());
  }
}
