package org.pathways.live.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.pathways.forum.entity.ForumNotified;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.reflection.entity.FeedbackGiven;

/**
 * The data of each live event, as JSON text, from what its cause carries (no query). Progress is
 * what {@code GET /api/enrollments/{id}} would say of percent and module states (same names), so a
 * page updates its outline without asking again.
 */
public final class LiveData {

  private LiveData() {}

  /** {@code {enrollmentId, course, stepKey, percent, courseCompleted, modules: [{key, state}]}}. */
  public static String progress(StepCompleted event) {
    CourseProgress after = event.progress();
    JsonArrayBuilder modules = Json.createArrayBuilder();
    for (CourseProgress.ModuleProgress module : after.modules()) {
      modules.add(
          Json.createObjectBuilder()
              .add("key", module.module().key())
              .add("state", module.state().name()));
    }
    return Json.createObjectBuilder()
        .add("enrollmentId", event.enrollment().toString())
        .add("course", event.course().slug())
        .add("stepKey", event.step().key())
        .add("percent", after.percent())
        .add("courseCompleted", after.completed() || event.courseCompleted())
        .add("modules", modules)
        .build()
        .toString();
  }

  /** {@code {enrollmentId, course, stepKey, feedbackId}}: the feedback's text stays on its page. */
  public static String feedback(FeedbackGiven event) {
    return Json.createObjectBuilder()
        .add("enrollmentId", event.enrollment().toString())
        .add("course", event.courseSlug())
        .add("stepKey", event.stepKey())
        .add("feedbackId", event.feedback().toString())
        .build()
        .toString();
  }

  /** {@code {threadId, postId}}: a new post in a thread the account follows. */
  public static String notification(ForumNotified event) {
    return Json.createObjectBuilder()
        .add("threadId", event.thread().toString())
        .add("postId", event.post().toString())
        .build()
        .toString();
  }
}
