package org.pathways.content.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pathways.content.entity.PackageResult;

/** A small, valid modules/ folder written to disk, for tests to break one file at a time. */
final class PackageFixture {

  static final String COURSE = "sample-course";
  final Path root;

  PackageFixture(Path root) {
    this.root = root;
    write(
        "programs.yaml",
        """
        programs:
          - slug: elementary
            title: Elementary
            audience: K-5 educators
            gradeBand: K-5
            enrollment: OPEN
            summary: A free workshop.
            phases:
              - number: 1
                title: Introductory workshop
                kind: BLENDED
                course: sample-course
                description: One day.
        """);
    write(
        "community.yaml",
        """
        spaces:
          - key: community
            title: Teachers' lounge
            description: Everyone.
        """);
    write(
        COURSE + "/course.yaml",
        """
        title: A sample course
        summary: Short.
        audience: Teachers
        gradeBand: K-5
        program: elementary
        phase: 1
        enrollment: OPEN
        sequencing: STRICT
        language: en
        """);
    write(
        COURSE + "/assets/loop.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Loop</title></svg>");
    write(
        COURSE + "/01-first/module.yaml",
        """
        title: First module
        summary: The first one.
        """);
    write(
        COURSE + "/01-first/01-reading.md",
        """
        ---
        kind: page
        title: A reading
        minutes: 5
        ---
        ## Loops

        ![A loop drawn as a circle](../assets/loop.svg)
        """);
    write(
        COURSE + "/01-first/02-check.md",
        checkQuiz(
            """
            - key: a
              text: Repeat 3 times
              correct: true
              feedback: Yes, it repeats.
            - key: b
              text: Say hello
              feedback: No, that runs once.
            """));
    write(
        COURSE + "/01-first/03-think.md",
        """
        ---
        kind: reflection
        title: Think
        minutes: 5
        prompt: What loops do you see in your day?
        minWords: 10
        visibility: FACILITATORS
        ---
        """);
    write(
        COURSE + "/01-first/04-talk.md",
        """
        ---
        kind: forum
        title: Talk
        minutes: 5
        space: community
        ---
        Share one loop.
        """);
    write(
        COURSE + "/01-first/05-workshop.md",
        """
        ---
        kind: workshop
        title: Find a workshop
        minutes: 5
        phase: elementary/1
        ---
        Come along.
        """);
  }

  /**
   * The sample module's check quiz: one question, "Which is a loop?", whose choices are these YAML
   * lines.
   */
  static String checkQuiz(String choices) {
    return """
        ---
        kind: quiz
        title: Check
        minutes: 5
        passPercent: 50
        questions:
          - key: first
            prompt: Which is a loop?
            choices:
        """
        + choices.indent(6)
        + "---\n";
  }

  PackageFixture write(String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  PackageFixture writeBytes(String path, byte[] bytes) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  org.pathways.content.entity.ContentRead read() {
    return new ContentReader(root, "/assets/").read(Optional.empty());
  }

  PackageResult course() {
    return read().courses().get(COURSE);
  }
}
