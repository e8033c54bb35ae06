package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Time is declared once, on each step: the validator requires it there and refuses the old module
 * and course figures that drifted from it.
 */
class ContentHoursTest {

  @TempDir Path root;
  PackageFixture fixture;

  @BeforeEach
  void writeValidPackage() {
    fixture = new PackageFixture(root);
  }

  private List<String> problems() {
    return fixture.read().problems().stream().map(ProblemText::english).toList();
  }

  @Test
  void moduleTimeAndCourseHoursAreSummedFromTheSteps() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\nminutes: 47\n---\nText.\n");

    var course = fixture.course().course().orElseThrow();
    assertThat(course.modules().get(0).estimatedMinutes()).isEqualTo(47 + 4 * 5);
    assertThat(course.pdHours()).isEqualByComparingTo("1");
  }

  @Test
  void aStepWithoutMinutesIsAProblemNamingTheFile() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\n---\nText.\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("sample-course/01-first/01-reading.md:2:1: missing \"minutes\": how long")
        .contains("200 words a minute");
  }

  @Test
  void minutesOutOfRangeAreAProblem() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\nminutes: 0\n---\nText.\n");

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/01-reading.md:4:10: \"minutes\" must be from 1 to 600, not 0");
  }

  @Test
  void anOldModuleFileWithItsOwnMinutesIsToldToRemoveThemAndWhy() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/module.yaml",
        "title: First module\nsummary: The first one.\nestimatedMinutes: 30\n");

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/module.yaml:3:19: remove \"estimatedMinutes\": a module's time is no longer declared but is the sum of its steps' \"minutes\", so the two cannot drift apart.");
  }

  @Test
  void anOldCourseFileWithItsOwnHoursIsToldToRemoveThemAndWhy() {
    String course =
        fixture.root.resolve(PackageFixture.COURSE + "/course.yaml").toFile().exists()
            ? read(PackageFixture.COURSE + "/course.yaml")
            : "";
    fixture.write(PackageFixture.COURSE + "/course.yaml", course + "pdHours: 12\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("sample-course/course.yaml:10:10: remove \"pdHours\": a course's PD hours")
        .contains("rounded down to the half hour");
  }

  private String read(String path) {
    try {
      return java.nio.file.Files.readString(fixture.root.resolve(path));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
