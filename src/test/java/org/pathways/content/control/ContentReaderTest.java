package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepDetails;

/** Every problem the validator reports, with its place and its plain words. */
class ContentReaderTest {

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
  void theFixtureIsValidAndReadsEveryKind() {
    assertThat(problems()).isEmpty();
    var course = fixture.course().course().orElseThrow();
    assertThat(course.modules().get(0).steps())
        .extracting(Step::key)
        .containsExactly("reading", "check", "think", "talk", "workshop");
    assertThat(course.step("check").orElseThrow().details(StepDetails.Quiz.class).passPercent())
        .isEqualTo(50);
    assertThat(course.version()).hasSize(64);
  }

  @Test
  void anUnknownKeyIsReportedWhereItStandsWithTheKeyItProbablyMeant() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/module.yaml",
        """
        title: First module
        sumary: The first one.
        """);

    assertThat(problems())
        .contains(
            "sample-course/01-first/module.yaml:2:1: unknown key \"sumary\". Did you mean \"summary\"? Keys allowed here: title, summary, required.");
  }

  @Test
  void aMissingFieldIsNamed() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/04-talk.md",
        """
        ---
        kind: forum
        space: community
        ---
        Share.
        """);

    assertThat(problems()).contains("sample-course/01-first/04-talk.md:2:1: missing \"title\"");
  }

  @Test
  void aStepSlugUsedTwiceInACourseIsReportedEvenAcrossModules() {
    fixture.write(
        PackageFixture.COURSE + "/02-second/module.yaml", "title: Second\nsummary: Two.\n");
    fixture.write(
        PackageFixture.COURSE + "/02-second/01-reading.md",
        "---\nkind: page\ntitle: Again\nminutes: 5\n---\nText.\n");

    assertThat(problems())
        .anyMatch(
            p ->
                p.startsWith(
                    "sample-course/02-second/01-reading.md:0:0: the step slug \"reading\" is also used by sample-course/01-first/01-reading.md"));
  }

  @Test
  void twoStepsWithTheSameNumberAreReported() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/02-other.md",
        "---\nkind: page\ntitle: Other\nminutes: 5\n---\nText.\n");

    assertThat(problems()).anyMatch(p -> p.contains("the number 2 is also used by"));
  }

  @Test
  void aQuizWithoutACorrectAnswerIsReportedAtItsChoices() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/02-check.md",
        PackageFixture.checkQuiz(
            """
            - key: a
              text: Repeat 3 times
              feedback: Yes.
            - key: b
              text: Say hello
              feedback: No.
            """));

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/02-check.md:10:7: no choice is marked \"correct: true\"; a question needs at least one correct answer");
  }

  @Test
  void aSingleAnswerQuestionWithTwoCorrectChoicesAsksForMultiple() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/02-check.md",
        PackageFixture.checkQuiz(
            """
            - {key: a, text: Repeat, correct: true, feedback: Yes.}
            - {key: b, text: Forever, correct: true, feedback: Yes.}
            """));

    assertThat(problems()).singleElement().asString().contains("set \"multiple: true\"");
  }

  @Test
  void aChoiceWithoutFeedbackIsReported() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/02-check.md",
        PackageFixture.checkQuiz(
            """
            - {key: a, text: Repeat, correct: true}
            - {key: b, text: Hello, feedback: No.}
            """));

    assertThat(problems())
        .containsExactly("sample-course/01-first/02-check.md:10:9: missing \"feedback\"");
  }

  @Test
  void aWorkshopCardForAPhaseThatDoesNotExistIsReported() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/05-workshop.md",
        "---\nkind: workshop\ntitle: Go\nminutes: 5\nphase: elementary/2\n---\n");

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/05-workshop.md:5:8: there is no phase elementary/2 in programs.yaml");
  }

  @Test
  void aForumCardForASpaceThatDoesNotExistIsReported() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/04-talk.md",
        "---\nkind: forum\ntitle: Talk\nminutes: 5\nspace: lounge\n---\nShare.\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("sample-course/01-first/04-talk.md:5:8: there is no forum space \"lounge\"");
  }

  @Test
  void aLinkToAMissingAssetIsReportedAtTheLink() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\nminutes: 5\n---\nSee [the chart](../assets/chart.png) first.\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith(
            "sample-course/01-first/01-reading.md:6:5: the link ../assets/chart.png does not lead to a file");
  }

  @Test
  void imagesNeedAltTextAndMustBePackageAssets() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\nminutes: 5\n---\n![](../assets/loop.svg)\n\n![Cat](https://example.org/cat.png)\n");

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/01-reading.md:6:1: this image has no alt text: describe it in the brackets, ![like this](...)",
            "sample-course/01-first/01-reading.md:8:1: images must be files in this package's assets/ folder, not on another site (https://example.org/cat.png)");
  }

  @Test
  void scriptLinksAreRefused() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        "---\nkind: page\ntitle: A reading\nminutes: 5\n---\n[Click](javascript:alert(1))\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .contains("links may only go to https, http or mailto addresses");
  }

  @Test
  void rawHtmlInMarkdownIsSanitized() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        """
        ---
        kind: page
        title: A reading
        minutes: 5
        ---
        ## Loops

        <script>alert(1)</script><img src="x" onerror="alert(2)"><a href="https://example.org" onclick="x()">site</a>

        | a | b |
        |---|---|
        | 1 | 2 |
        """);

    String html = fixture.course().course().orElseThrow().step("reading").orElseThrow().html();
    assertThat(html)
        .contains("<table>", "noopener")
        .doesNotContain("<script", "onerror", "onclick", "alert(");
  }

  @Test
  void assetLinksPointAtTheirServedUrlWhichCarriesTheirHash() {
    String html = fixture.course().course().orElseThrow().step("reading").orElseThrow().html();

    assertThat(html).containsPattern("src=\"/assets/sample-course/[0-9a-f]{12}/loop.svg\"");
  }

  @Test
  void malformedYamlIsReportedWithItsPosition() {
    fixture.write(
        PackageFixture.COURSE + "/course.yaml",
        "title: A course\nsummary: [unclosed\naudience: x\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith("sample-course/course.yaml:")
        .contains("this is not valid YAML");
  }

  @Test
  void aBinaryFileIsReportedNotRead() {
    fixture.writeBytes(
        PackageFixture.COURSE + "/01-first/01-reading.md",
        new byte[] {'-', '-', '-', '\n', 0, 1, 2});

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/01-reading.md:2:1: this is a binary file, not text. Save it as plain UTF-8 text, or move it to assets/.");
  }

  @Test
  void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
    try (RandomAccessFile huge =
        new RandomAccessFile(
            root.resolve(PackageFixture.COURSE + "/01-first/01-reading.md").toFile(), "rw")) {
      huge.setLength(50L * 1024 * 1024);
    }

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/01-reading.md:0:0: the file is 50.0 MB; a YAML or Markdown file may be at most 1 MB. Split the step, or put large material in assets/.");
  }

  @Test
  void invalidUtf8IsReportedWhereItStands() {
    byte[] latin1 =
        "---\nkind: page\ntitle: Caf\u00e9\n---\nText.\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    fixture.writeBytes(PackageFixture.COURSE + "/01-first/01-reading.md", latin1);

    assertThat(problems())
        .containsExactly(
            "sample-course/01-first/01-reading.md:3:11: the file is not valid UTF-8 here. Save it with UTF-8 encoding (most editors offer it under \"Save as\").");
  }

  @Test
  void aStepWithoutFrontMatterSaysHowToStartOne() {
    fixture.write(PackageFixture.COURSE + "/01-first/01-reading.md", "# Just text\n");

    assertThat(problems())
        .singleElement()
        .asString()
        .startsWith(
            "sample-course/01-first/01-reading.md:1:1: a step file starts with its front matter");
  }

  @Test
  void anAliasBombIsAProblemNotAHang() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append("]\n");
    }
    fixture.write(PackageFixture.COURSE + "/course.yaml", bomb.toString());

    assertThat(problems()).isNotEmpty().allMatch(p -> p.startsWith("sample-course/course.yaml:"));
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    fixture.write(
        PackageFixture.COURSE + "/01-first/04-talk.md",
        "---\nkind: forum\ntitle: Talk\nminutes: 5\nspace: lounge\n---\nShare.\n");
    fixture.write(
        PackageFixture.COURSE + "/01-first/05-workshop.md",
        "---\nkind: workshop\nminutes: 5\ntitel: Go\nphase: elementary/9\n---\n");
    fixture.write(
        "programs.yaml",
        fixture.root.resolve("programs.yaml").toFile().exists() ? readPrograms() : "");

    assertThat(problems()).hasSize(4);
  }

  @Test
  void aCourseThatNamesAnUnknownProgramIsReported() {
    fixture.write(
        PackageFixture.COURSE + "/course.yaml",
        """
        title: A sample course
        summary: Short.
        audience: Teachers
        gradeBand: K-5
        program: kindergarten
        phase: 1
        enrollment: OPEN
        sequencing: STRICT
        language: en
        """);

    assertThat(problems())
        .containsExactly(
            "sample-course/course.yaml:5:10: there is no program \"kindergarten\" in programs.yaml");
  }

  @Test
  void aPhaseThatNamesAMissingCourseIsReportedInProgramsYaml() {
    fixture.write(
        "programs.yaml", readPrograms().replace("course: sample-course", "course: no-such-course"));

    assertThat(problems())
        .contains("programs.yaml:12:17: the course \"no-such-course\" is not a folder in modules/");
  }

  @Test
  void aBrokenPackageDoesNotStopTheOthersFromLoading() {
    fixture.write("another-course/course.yaml", "title: [broken\n");

    var result = fixture.read();
    assertThat(result.courses().get("another-course").ok()).isFalse();
    assertThat(result.courses().get(PackageFixture.COURSE).ok()).isTrue();
  }

  private String readPrograms() {
    try {
      return java.nio.file.Files.readString(root.resolve("programs.yaml"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
