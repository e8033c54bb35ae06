package org.pathways.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.content.control.ContentReader;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.EnrollmentPolicy;
import org.pathways.content.entity.PackageResult;
import org.pathways.content.entity.Sequencing;

/** Which course a new teacher is shown first, for the grades they teach. */
class CourseSuggestionTest {

  private static Course course(String slug, String gradeBand, int phase, EnrollmentPolicy policy) {
    return new Course(
        slug,
        "Title of " + slug,
        "Summary",
        "Audience",
        gradeBand,
        "program-" + slug,
        phase,
        policy,
        Sequencing.STRICT,
        "en",
        List.of(),
        Map.of(),
        Map.of(),
        "v1",
        java.util.Map.of());
  }

  private static final Course K5 = course("k5", "K-5", 1, EnrollmentPolicy.OPEN);
  private static final Course MIDDLE = course("ms-1", "6-8", 1, EnrollmentPolicy.COHORT_CODE);
  private static final Course MIDDLE_LATER = course("ms-2", "6-8", 2, EnrollmentPolicy.OPEN);
  private static final Course HIGH = course("hs-1", "9-12", 1, EnrollmentPolicy.COHORT_CODE);
  private static final Course EVERYONE = course("all", "K-12", 1, EnrollmentPolicy.OPEN);

  @Test
  void aTeacherIsShownTheCourseOfTheirGradeBand() {
    List<Course> catalog = List.of(HIGH, MIDDLE, K5);

    assertThat(CourseSuggestion.forGrades("K-5", catalog)).contains(K5);
    assertThat(CourseSuggestion.forGrades("6-8", catalog)).contains(MIDDLE);
    assertThat(CourseSuggestion.forGrades("9-12", catalog)).contains(HIGH);
  }

  @Test
  void theFirstPhaseComesBeforeAnOpenCourseOfALaterPhase() {
    assertThat(CourseSuggestion.forGrades("6-8", List.of(MIDDLE_LATER, MIDDLE))).contains(MIDDLE);
  }

  @Test
  void ofTwoFirstPhasesTheOneOpenToEveryoneComesFirst() {
    Course open = course("ms-open", "6-8", 1, EnrollmentPolicy.OPEN);

    assertThat(CourseSuggestion.forGrades("6-8", List.of(MIDDLE, open))).contains(open);
  }

  @Test
  void aCourseForEveryGradeFitsWhenNoneIsForTheirBand() {
    assertThat(CourseSuggestion.forGrades("9-12", List.of(K5, EVERYONE))).contains(EVERYONE);
    assertThat(CourseSuggestion.forGrades("K-5", List.of(K5, EVERYONE)))
        .as("their own band first")
        .contains(K5);
  }

  @Test
  void nothingIsSuggestedWithoutGradesOrWithoutAFittingCourse() {
    assertThat(CourseSuggestion.forGrades(null, List.of(K5))).isEmpty();
    assertThat(CourseSuggestion.forGrades("9-12", List.of(K5, MIDDLE))).isEmpty();
    assertThat(CourseSuggestion.forGrades("K-5", List.of())).isEmpty();
  }

  @Test
  void withoutGradesEachRouteShowsWhereItStartsOnceInGradeOrder() {
    List<String> bands = List.of("K-5", "6-8", "9-12");

    assertThat(CourseSuggestion.forEachOf(bands, List.of(HIGH, MIDDLE_LATER, MIDDLE, K5)))
        .containsExactly(K5, MIDDLE, HIGH);
    assertThat(CourseSuggestion.forEachOf(bands, List.of(EVERYONE, K5)))
        .as("a course for every grade is listed once")
        .containsExactly(K5, EVERYONE);
  }

  @Test
  void theShippedCatalogSuggestsTheOnlineWorkshopAndEachPartnershipsFirstCourse() {
    Collection<Course> shipped =
        new ContentReader(Path.of("modules"), "/assets/")
            .read(Optional.empty()).courses().values().stream()
                .map(PackageResult::course)
                .flatMap(Optional::stream)
                .toList();

    assertThat(CourseSuggestion.forGrades("K-5", shipped))
        .map(Course::slug)
        .contains("k5-online-workshop");
    assertThat(CourseSuggestion.forGrades("6-8", shipped))
        .map(Course::slug)
        .contains("ms-phase-1-cs-in-math-science");
    assertThat(CourseSuggestion.forGrades("9-12", shipped))
        .map(Course::slug)
        .contains("hs-phase-1-foundations");
  }
}
