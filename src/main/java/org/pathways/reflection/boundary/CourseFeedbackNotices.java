package org.pathways.reflection.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Step;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.boundary.LearningLinks;

/**
 * The "new feedback" notices on a teacher's course page (learning/course.xhtml): each reflection
 * step with feedback they have not marked read, linking to it (two queries). Reading the page
 * changes nothing; the step page marks them read by a POST.
 */
@Named
@RequestScoped
public class CourseFeedbackNotices {

  @Inject FeedbackNotices notices;
  @Inject Learning learning;
  @Inject ContentLibrary library;
  @Inject CurrentCaller current;

  /** A step with new feedback. */
  public record Line(String title, String link, int count) {}

  private List<Line> lines;

  public List<Line> of(String slug) {
    if (lines == null) {
      lines =
          learning
              .enrollmentIn(current.get(), slug)
              .map(enrollment -> lines(slug, notices.unread(current.get(), enrollment.getId())))
              .orElse(List.of());
    }
    return lines;
  }

  private List<Line> lines(String slug, Map<String, Integer> unread) {
    return unread.entrySet().stream()
        .map(
            e ->
                new Line(
                    library
                        .course(slug)
                        .flatMap(c -> c.step(e.getKey()))
                        .map(Step::title)
                        .orElse(e.getKey()),
                    LearningLinks.step(slug, e.getKey()),
                    e.getValue()))
        .sorted(Comparator.comparing(Line::title))
        .toList();
  }
}
