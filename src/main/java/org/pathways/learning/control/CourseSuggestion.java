package org.pathways.learning.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.EnrollmentPolicy;

/**
 * Where a new teacher starts: of the courses served, the one that fits the grades they teach. A
 * course fits when its grade band is theirs or, failing that, {@code K-12} (every grade). Among
 * those the earliest phase of its program wins, since later phases build on it; then a course open
 * to everyone over one that needs a district cohort code; then the slug, so the answer never
 * changes between two requests.
 */
public final class CourseSuggestion {

  static final String EVERY_GRADE = "K-12";

  private static final Comparator<Course> FIRST_STEP =
      Comparator.comparingInt(Course::phase)
          .thenComparing(course -> course.enrollment() != EnrollmentPolicy.OPEN)
          .thenComparing(Course::slug);

  private CourseSuggestion() {}

  /** The course to suggest to a teacher of this grade band ({@code K-5}, {@code 6-8}, ...). */
  public static Optional<Course> forGrades(String gradeBand, Collection<Course> courses) {
    if (gradeBand == null) {
      return Optional.empty();
    }
    return best(gradeBand, courses).or(() -> best(EVERY_GRADE, courses));
  }

  /**
   * The course each of these grade bands starts with, in the bands' order and each course once:
   * what to show a teacher who has not said which grades they teach.
   */
  public static List<Course> forEachOf(List<String> gradeBands, Collection<Course> courses) {
    Map<String, Course> bySlug = new LinkedHashMap<>();
    for (String band : gradeBands) {
      forGrades(band, courses).ifPresent(course -> bySlug.putIfAbsent(course.slug(), course));
    }
    return List.copyOf(bySlug.values());
  }

  private static Optional<Course> best(String gradeBand, Collection<Course> courses) {
    return courses.stream().filter(course -> gradeBand.equals(course.gradeBand())).min(FIRST_STEP);
  }
}
