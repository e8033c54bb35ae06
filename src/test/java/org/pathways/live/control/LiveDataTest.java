package org.pathways.live.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.learning.entity.Courses.course;
import static org.pathways.learning.entity.Courses.module;
import static org.pathways.learning.entity.Courses.step;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Sequencing;
import org.pathways.forum.entity.ForumNotified;
import org.pathways.learning.entity.CourseProgress;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.reflection.entity.FeedbackGiven;

class LiveDataTest {

  private static final Instant AT = Instant.parse("2026-12-02T05:00:00Z");
  private static final UUID ENROLLMENT = UUID.randomUUID();
  private static final UUID ACCOUNT = UUID.randomUUID();

  private static final Course COURSE =
      course(
          Sequencing.STRICT,
          module("m1", true, step("a"), step("b")),
          module("m2", true, step("c"), step("d")));

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  private static StepCompleted completed(String key, Map<String, Instant> done) {
    CourseProgress after = CourseProgress.of(COURSE, done, null, key);
    return new StepCompleted(
        ENROLLMENT,
        ACCOUNT,
        COURSE,
        COURSE.step(key).orElseThrow(),
        AT,
        null,
        StepCompleted.moduleCompletedBy(after, COURSE.step(key).orElseThrow()),
        false,
        after);
  }

  @Test
  void progressSaysPercentAndEveryModuleStateAsTheEnrollmentApiDoes() {
    JsonObject data = json(LiveData.progress(completed("b", Map.of("a", AT, "b", AT))));

    assertThat(data.getString("enrollmentId")).isEqualTo(ENROLLMENT.toString());
    assertThat(data.getString("stepKey")).isEqualTo("b");
    assertThat(data.getInt("percent")).isEqualTo(50);
    assertThat(data.getBoolean("courseCompleted")).isFalse();
    assertThat(data.getJsonArray("modules").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("key") + "=" + m.getString("state"))
        .containsExactly("m1=COMPLETED", "m2=AVAILABLE");
  }

  @Test
  void progressBeforeTheModuleIsDoneKeepsTheNextOneLocked() {
    JsonObject data = json(LiveData.progress(completed("a", Map.of("a", AT))));

    assertThat(data.getInt("percent")).isEqualTo(25);
    assertThat(data.getJsonArray("modules").getValuesAs(JsonObject.class))
        .extracting(m -> m.getString("state"))
        .containsExactly("IN_PROGRESS", "LOCKED");
  }

  @Test
  void feedbackNamesTheStepButCarriesNoTextOfTheFeedback() {
    UUID feedback = UUID.randomUUID();
    JsonObject data =
        json(
            LiveData.feedback(
                new FeedbackGiven(feedback, ACCOUNT, ENROLLMENT, "k5", "reflect-1", AT)));

    assertThat(data.keySet())
        .containsExactlyInAnyOrder("enrollmentId", "course", "stepKey", "feedbackId");
    assertThat(data.getString("feedbackId")).isEqualTo(feedback.toString());
  }

  @Test
  void aNotificationNamesTheThreadAndThePost() {
    UUID thread = UUID.randomUUID();
    UUID post = UUID.randomUUID();
    JsonObject data =
        json(LiveData.notification(new ForumNotified(thread, post, List.of(ACCOUNT), AT)));

    assertThat(data.getString("threadId")).isEqualTo(thread.toString());
    assertThat(data.getString("postId")).isEqualTo(post.toString());
  }
}
