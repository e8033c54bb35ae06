package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.PackageResult;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;
import org.pathways.content.entity.StepKind;

/** The courses shipped in modules/ are valid and complete enough to teach with. */
class ShippedCoursesTest {

  private static final List<String> COURSES =
      List.of("k5-online-workshop", "ms-phase-1-cs-in-math-science", "hs-phase-1-foundations");

  private final org.pathways.content.entity.ContentRead result =
      new ContentReader(Path.of("modules"), "/assets/").read(Optional.empty());

  @Test
  void everyShippedPackageIsValid() {
    assertThat(result.problems().stream().map(ProblemText::english)).isEmpty();
    assertThat(result.catalog().ok()).isTrue();
    assertThat(result.courses().keySet()).containsAll(COURSES);
  }

  @Test
  void everyCourseHasEnoughModulesStepsAndCards() {
    for (String slug : COURSES) {
      Course course = result.courses().get(slug).course().orElseThrow();
      assertThat(course.modules()).as(slug).hasSizeGreaterThanOrEqualTo(4);
      assertThat(course.stepCount()).as(slug).isGreaterThanOrEqualTo(20);
      for (CourseModule module : course.modules()) {
        assertThat(module.steps())
            .as("%s/%s has a reflection, a quiz and a forum card", slug, module.key())
            .extracting(Step::kind)
            .contains(StepKind.REFLECTION, StepKind.QUIZ, StepKind.FORUM);
      }
      List<Step> last = course.modules().get(course.modules().size() - 1).steps();
      assertThat(last.get(last.size() - 1).kind())
          .as("%s ends with a workshop card", slug)
          .isEqualTo(StepKind.WORKSHOP);
    }
  }

  @Test
  void theK5WorkshopShipsItsMaterialsAndEveryPrintableIsLinkedFromAStep() {
    Course k5 = result.courses().get("k5-online-workshop").course().orElseThrow();
    assertThat(k5.printables().keySet())
        .as("cards, grid sheets, role cards, the debugging poster and answer keys")
        .contains(
            "grid-drawing-sheets",
            "move-cards",
            "role-cards",
            "debugging-poster",
            "bug-hunt",
            "answer-keys");
    for (Course course :
        result.courses().values().stream()
            .map(PackageResult::course)
            .flatMap(Optional::stream)
            .toList()) {
      String steps =
          course.modules().stream()
              .flatMap(module -> module.steps().stream())
              .map(Step::html)
              .reduce("", String::concat);
      course
          .printables()
          .keySet()
          .forEach(
              name ->
                  assertThat(steps)
                      .as("%s: a step links the printable %s", course.slug(), name)
                      .contains("&amp;sheet&#61;" + name + "\""));
    }
  }

  @Test
  void quizzesTeachThroughTheirFeedback() {
    result.courses().values().stream()
        .map(PackageResult::course)
        .flatMap(Optional::stream)
        .flatMap(course -> course.modules().stream())
        .flatMap(module -> module.steps().stream())
        .filter(step -> step.kind() == StepKind.QUIZ)
        .flatMap(step -> step.details(StepDetails.Quiz.class).questions().stream())
        .flatMap(question -> question.choices().stream())
        .forEach(
            choice -> assertThat(choice.feedback().split("\\s+")).hasSizeGreaterThanOrEqualTo(8));
  }

  /**
   * A reading declares what it takes at 150 to 250 words a minute: never under-declared, and never
   * more than a slow read plus 20 minutes for the activity it asks for.
   */
  @Test
  void everyReadingDeclaresTheTimeItsWordsTake() {
    result.courses().values().stream()
        .map(PackageResult::course)
        .flatMap(Optional::stream)
        .flatMap(course -> course.modules().stream())
        .flatMap(module -> module.steps().stream())
        .filter(step -> step.kind() == StepKind.PAGE)
        .forEach(
            step -> {
              long words = words(step.markdown());
              assertThat(step.minutes())
                  .as("%s: %d words", step.source(), words)
                  .isGreaterThanOrEqualTo((int) Math.ceil(words / 250.0))
                  .isLessThanOrEqualTo((int) (words / 150.0) + 20);
            });
  }

  @Test
  void aCoursesHoursAreItsCountedMinutesRoundedDownToTheHalfHour() {
    for (String slug : COURSES) {
      Course course = result.courses().get(slug).course().orElseThrow();
      int minutes = course.countedSteps().stream().mapToInt(Step::minutes).sum();
      assertThat(course.pdHours().doubleValue() * 60).as(slug).isLessThanOrEqualTo(minutes);
      assertThat(course.pdHours().doubleValue() * 60).as(slug).isGreaterThan(minutes - 30);
    }
  }

  /**
   * A data table reads down, with its variables in the header row: a header of numbers ("| Minute |
   * 0 | 1 | 2 |") is a table laid on its side, whose row labels are not headers and which overflows
   * on a phone.
   */
  @Test
  void dataTablesHaveTheirVariablesInTheHeaderRow() {
    java.util.regex.Pattern header = java.util.regex.Pattern.compile("<thead>(.*?)</thead>");
    java.util.regex.Pattern cell = java.util.regex.Pattern.compile("<th[^>]*>(.*?)</th>");
    result.courses().values().stream()
        .map(PackageResult::course)
        .flatMap(Optional::stream)
        .flatMap(course -> course.modules().stream())
        .flatMap(module -> module.steps().stream())
        .forEach(
            step -> {
              var heads = header.matcher(step.html().replace("\n", " "));
              while (heads.find()) {
                List<String> cells =
                    cell.matcher(heads.group(1)).results().map(m -> m.group(1).strip()).toList();
                assertThat(
                        cells.size() > 2
                            && cells.stream().skip(1).allMatch(c -> c.matches("[\\d.,]+")))
                    .as("%s has a sideways table: %s", step.source(), cells)
                    .isFalse();
              }
            });
    Course middle = result.courses().get("ms-phase-1-cs-in-math-science").course().orElseThrow();
    assertThat(middle.step("a-motion-model").orElseThrow().html())
        .containsPattern(
            "<th[^>]*>Second</th>\\s*<th[^>]*>Speed \\(m/s\\)</th>\\s*<th[^>]*>Position \\(m\\)</th>")
        .containsPattern("<td[^>]*>5</td>\\s*<td[^>]*>10</td>\\s*<td[^>]*>30</td>");
  }

  /** Words as a reader meets them: tokens with a letter or digit, not Markdown marks. */
  private static long words(String markdown) {
    return java.util.Arrays.stream(markdown.split("\\s+"))
        .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
        .count();
  }

  @Test
  void theProgramsMatchTheProgramItServes() {
    var catalog = result.catalog().catalog().orElseThrow();
    assertThat(catalog.program("elementary").orElseThrow().phases()).hasSize(1);
    assertThat(catalog.program("middle-school").orElseThrow().phases()).hasSize(3);
    assertThat(catalog.program("high-school").orElseThrow().phases()).hasSize(4);
    assertThat(catalog.phase("high-school", 2).orElseThrow().days()).isEqualTo(5);
    for (String slug : COURSES) {
      Course course = result.courses().get(slug).course().orElseThrow();
      assertThat(catalog.phase(course.program(), course.phase()).orElseThrow().courseSlug())
          .as(slug)
          .hasValue(slug);
    }
  }
}
