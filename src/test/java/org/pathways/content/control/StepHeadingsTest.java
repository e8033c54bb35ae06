package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heading rule of a step body: the step title is the page's h1, {@code ##} is h2, sections
 * start at {@code ##}, never skip a level, and the first does not repeat the title.
 */
class StepHeadingsTest {

  private static final String READING = PackageFixture.COURSE + "/01-first/01-reading.md";

  @TempDir Path root;
  PackageFixture fixture;

  @BeforeEach
  void writeValidPackage() {
    fixture = new PackageFixture(root);
  }

  private List<String> problemsWithBody(String body) {
    fixture.write(READING, "---\nkind: page\ntitle: A reading\nminutes: 5\n---\n" + body);
    return fixture.read().problems().stream().map(ProblemText::english).toList();
  }

  @Test
  void sectionsStartAtLevelTwoAndRenderAsH2() {
    assertThat(problemsWithBody("## Loops\n\nText.\n\n### Nested loops\n\n## Counting\n"))
        .isEmpty();

    String html = fixture.course().course().orElseThrow().step("reading").orElseThrow().html();
    assertThat(html)
        .contains("<h2>Loops</h2>", "<h3>Nested loops</h3>", "<h2>Counting</h2>")
        .doesNotContain("<h1", "<h4");
  }

  @Test
  void aFirstHeadingThatRepeatsTheTitleIsReported() {
    assertThat(problemsWithBody("Intro.\n\n## A reading\n\nText.\n"))
        .containsExactly(
            READING
                + ":8:1: this heading repeats the step's title, which is already the page's"
                + " heading: remove this line");
  }

  @Test
  void aRepeatedTitleAsALevelOneHeadingIsOneProblemAndTheSectionsAfterItAreFine() {
    assertThat(problemsWithBody("# A reading\n\nText.\n\n## Loops\n\n### Nested\n"))
        .singleElement()
        .asString()
        .startsWith(READING + ":6:1: this heading repeats the step's title");
  }

  @Test
  void theTitleIsComparedWithoutCasePunctuationOrSpaces() {
    fixture.write(
        READING,
        "---\nkind: page\ntitle: \"Loops: clap, stomp and dance!\"\nminutes: 5\n---\n"
            + "##   loops \u2014 CLAP stomp, and dance  \n");

    assertThat(fixture.read().problems())
        .singleElement()
        .extracting(problem -> ProblemText.english(problem.message()))
        .asString()
        .startsWith("this heading repeats the step's title");
  }

  @Test
  void aFirstHeadingThatOnlyStartsLikeTheTitleIsNotARepeat() {
    assertThat(problemsWithBody("## A reading list\n\nText.\n")).isEmpty();
  }

  @Test
  void aLevelOneHeadingIsReportedWithItsLineAndColumn() {
    assertThat(problemsWithBody("Intro.\n\n# Loops\n\n## Counting\n"))
        .containsExactly(
            READING
                + ":8:1: a # heading is not allowed here: the step title is the page's heading;"
                + " start sections at ##");
  }

  @Test
  void anUnderlinedHeadingIsLevelOneToo() {
    assertThat(problemsWithBody("Loops\n=====\n\nText.\n"))
        .singleElement()
        .asString()
        .startsWith(READING + ":6:1: a # heading is not allowed here");
  }

  @Test
  void aLevelOneHeadingCountsAsTheSectionItShouldBeSoOneMistakeIsOneProblem() {
    assertThat(problemsWithBody("# Loops\n\n### Nested loops\n"))
        .singleElement()
        .asString()
        .contains("a # heading is not allowed here");
  }

  @Test
  void aFirstSectionAtLevelThreeSkipsALevel() {
    assertThat(problemsWithBody("Intro.\n\n### Loops\n"))
        .containsExactly(
            READING
                + ":8:1: this ### heading skips a level: the step title is the page's heading,"
                + " so the first section starts at ##");
  }

  @Test
  void aSkippedHeadingLevelIsReportedWithItsLine() {
    assertThat(problemsWithBody("## Loops\n\nText.\n\n#### Nested loops\n\n##### Deeper\n"))
        .containsExactly(
            READING
                + ":10:1: this #### heading skips a level: after a ## heading, the next level down"
                + " is ###");
  }

  @Test
  void goingBackUpAnyNumberOfLevelsIsNotASkip() {
    assertThat(problemsWithBody("## A\n\n### B\n\n#### C\n\n## D\n\n### E\n")).isEmpty();
  }

  @Test
  void headingsInsideListsAndQuotesFollowTheSameRule() {
    assertThat(problemsWithBody("## Loops\n\n> #### A quote\n"))
        .singleElement()
        .asString()
        .startsWith(READING + ":8:3: this #### heading skips a level");
  }

  @Test
  void aHashInACodeBlockIsNotAHeading() {
    assertThat(
            problemsWithBody("## Code\n\n```python\n# a comment\nx = 1\n```\n\n    # indented\n"))
        .isEmpty();
  }

  @Test
  void everyKindWithABodyFollowsTheSameRule() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/04-talk.md",
        "---\nkind: forum\ntitle: Talk\nminutes: 5\nspace: community\n---\n# Talk\n\nShare one loop.\n");
    fixture.write(
        PackageFixture.COURSE + "/01-first/05-workshop.md",
        "---\nkind: workshop\ntitle: Find a workshop\nminutes: 5\nphase: elementary/1\n---\n### Before\n");

    assertThat(fixture.read().problems().stream().map(ProblemText::english))
        .containsExactly(
            PackageFixture.COURSE
                + "/01-first/04-talk.md:7:1: this heading repeats the step's title, which is"
                + " already the page's heading: remove this line",
            PackageFixture.COURSE
                + "/01-first/05-workshop.md:7:1: this ### heading skips a level: the step title"
                + " is the page's heading, so the first section starts at ##");
  }

  @Test
  void aStepWithAHeadingProblemIsRefused() {
    problemsWithBody("# Loops\n");

    assertThat(fixture.course().course()).isEmpty();
  }
}
