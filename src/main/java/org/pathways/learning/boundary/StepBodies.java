package org.pathways.learning.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import org.pathways.content.entity.ContentLoaded;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.learning.entity.CourseProgress;

/**
 * Each step's JSON as every enrolled teacher sees it alike, serialised once per content version
 * (the key holds the course's version, so a reload serves the new text at once; the old entries are
 * dropped then to free memory). Nothing personal is in it: {@link
 * org.pathways.learning.control.StepJson} adds the teacher's state per request.
 */
@ApplicationScoped
public class StepBodies {

  private record Key(String course, String version, String step, String lang) {}

  private final Jsonb jsonb = JsonbBuilder.create();
  private final Cache<Key, String> bodies = Caffeine.newBuilder().maximumSize(5_000).build();

  /**
   * The step's shared JSON for this version of its course, in the reader's language where it is
   * translated (its {@code lang} says which).
   */
  public String of(Course course, Step step, String reader) {
    Step translated = course.translation(reader).map(t -> t.steps().get(step.key())).orElse(null);
    String lang = translated != null ? reader : course.language();
    return bodies.get(
        new Key(course.slug(), course.version(), step.key(), lang),
        key ->
            jsonb.toJson(
                LearningViews.StepView.of(
                    CourseProgress.of(course, Map.of(), null, null),
                    translated != null ? translated : step,
                    false,
                    lang)));
  }

  void reloaded(@Observes ContentLoaded loaded) {
    bodies.invalidateAll();
  }

  @PreDestroy
  void stop() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // nothing held that outlives the application
    }
  }
}
