package org.pathways.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever an author's editor writes, the validator answers with problems: it never throws, and
 * never needs its last safety net (which reports "could not be read").
 */
class ContentReaderPropertiesTest {

  private static Path root;
  private static PackageFixture fixture;

  @BeforeContainer
  static void writeValidPackage() throws IOException {
    root = Files.createTempDirectory("pathways-content-props-");
    fixture = new PackageFixture(root);
  }

  @AfterContainer
  static void deletePackage() throws IOException {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Property(tries = 300)
  void arbitraryBytesAsAStepFileGiveProblemsNotExceptions(@ForAll byte[] bytes) {
    fixture.writeBytes(PackageFixture.COURSE + "/01-first/01-reading.md", bytes);

    assertReadsWithoutTheSafetyNet();
  }

  @Property(tries = 300)
  void randomYamlAsFrontMatterGivesProblemsNotExceptions(@ForAll("yamlish") String yaml) {
    fixture.write(
        PackageFixture.COURSE + "/01-first/02-check.md", "---\n" + yaml + "\n---\nBody\n");

    assertReadsWithoutTheSafetyNet();
  }

  @Property(tries = 200)
  void randomYamlAsCourseOrProgramsGivesProblemsNotExceptions(
      @ForAll("yamlish") String yaml, @ForAll boolean programs) {
    fixture.write(programs ? "programs.yaml" : PackageFixture.COURSE + "/course.yaml", yaml);

    assertReadsWithoutTheSafetyNet();
    new PackageFixture(root); // restore the valid package for the next try
  }

  @Provide
  Arbitrary<String> yamlish() {
    Arbitrary<String> tokens =
        Arbitraries.of(
            "kind: ",
            "quiz",
            "page",
            "title: ",
            "questions:",
            "choices:",
            "- ",
            "  ",
            "    ",
            "key: ",
            "correct: true",
            "passPercent: ",
            "999999999999",
            "-1",
            "\n",
            "\t",
            ":",
            "[",
            "]",
            "{",
            "}",
            "&a ",
            "*a",
            "!!binary ",
            "!!int ",
            "|",
            ">-",
            "'",
            "\"",
            "#",
            "%YAML 1.2\n",
            "---",
            "...",
            "? ",
            ",",
            "~",
            "null",
            "\u0000",
            "\uFFFF",
            "é",
            "phase: x/1",
            "space: ");
    return tokens.list().ofMaxSize(40).map(list -> String.join("", list));
  }

  private static void assertReadsWithoutTheSafetyNet() {
    org.pathways.content.entity.ContentRead result = fixture.read();
    assertThat(result.problems())
        .extracting(problem -> problem.message().key())
        .doesNotContain("content.problem.unreadable_package");
  }
}
