package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;

/**
 * The deployment and helpers that the learning integration tests share: the shipped packages plus a
 * fixture course, enrolling, completing steps and making cohorts through the API.
 */
abstract class LearningFixtures extends DeployedPlatform {

  static final String K5 = "k5-online-workshop";
  static final String MS = "ms-phase-1-cs-in-math-science";
  static final String HS = "hs-phase-1-foundations";
  static final String FIXTURE = "watching-and-choosing";

  /** The shipped courses and a small one with a video and an elective module. */
  static java.nio.file.Path content() throws java.io.IOException {
    java.nio.file.Path root = java.nio.file.Files.createTempDirectory("pathways-learning-");
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("modules"))) {
      for (java.nio.file.Path file : files.toList()) {
        java.nio.file.Path target =
            root.resolve(java.nio.file.Path.of("modules").relativize(file).toString());
        if (java.nio.file.Files.isDirectory(file)) {
          java.nio.file.Files.createDirectories(target);
        } else {
          java.nio.file.Files.copy(file, target);
        }
      }
    }
    java.nio.file.Path course = root.resolve(FIXTURE);
    write(
        course.resolve("course.yaml"),
        """
        title: Watching and choosing
        summary: A small course with a video and an elective module.
        audience: Teachers
        gradeBand: K-5
        program: elementary
        phase: 1
        enrollment: OPEN
        sequencing: STRICT
        language: en
        """);
    write(course.resolve("assets/clip.en.vtt"), "WEBVTT\n\n00:00.000 --> 00:02.000\nHello.\n");
    write(
        course.resolve("01-watch/module.yaml"),
        """
        title: Watch
        summary: A video.
        """);
    write(
        course.resolve("01-watch/01-clip.md"),
        """
        ---
        kind: video
        title: A short clip
        minutes: 5
        video:
          url: https://www.youtube-nocookie.com/embed/aBcDeFgHiJk
          captions: ../assets/clip.en.vtt
          durationSeconds: 2
        ---
        The transcript: hello.
        """);
    write(
        course.resolve("02-extra/module.yaml"),
        """
        title: Extra
        summary: For the curious.
        required: false
        """);
    write(
        course.resolve("02-extra/01-more.md"),
        """
        ---
        kind: page
        title: More reading
        minutes: 5
        ---
        More, with [the move cards](../printables/move-cards.md) to print.
        """);
    write(
        course.resolve("printables/move-cards.md"),
        """
        ---
        title: Move cards
        summary: Four cards and a grid picture for the dance loop.
        ---
        Print one set per pair and cut along the dashed lines.

        ```cards
        ↑
        Step forward
        ---
        F
        Fill the square
        ```

        ## Picture A

        ```grid Picture A: a smiley face
        #..#
        ....
        #..#
        .##.
        ```
        """);
    write(
        course.resolve("03-after/module.yaml"),
        """
        title: After
        summary: The end.
        """);
    write(
        course.resolve("03-after/01-last.md"),
        """
        ---
        kind: page
        title: The last reading
        minutes: 5
        ---
        Done.
        """);
    return root;
  }

  static void write(java.nio.file.Path file, String text) throws java.io.IOException {
    java.nio.file.Files.createDirectories(file.getParent());
    java.nio.file.Files.writeString(file, text);
  }

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.content.dir",
            content().toString(),
            "pathways.public-url",
            "https://pathways.test",
            "pathways.diagnostics.query-count",
            "true"));
  }

  String enrol(Api.Person teacher, String course) {
    var enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", course), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  Api.Answer complete(Api.Person teacher, String enrollment, String step, String body) {
    return api.call(
        "PUT",
        "/api/enrollments/" + enrollment + "/steps/" + step + "/completion",
        body,
        teacher.token());
  }

  /** Completes a step whatever its kind, the way a teacher would. */
  void work(Api.Person teacher, String enrollment, Step step) {
    Api.Answer answer = api.completeStep(teacher, enrollment, step);
    assertThat(answer.status()).as(step.key() + ": " + answer.body()).isIn(200, 201);
  }

  String cohort(String course, String expiresOn, String... facilitators) {
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    var list = jakarta.json.Json.createArrayBuilder();
    for (String facilitator : facilitators) {
      list.add(facilitator);
    }
    var created =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                "Fall cohort",
                "district",
                "Denver Public Schools",
                "course",
                course,
                "facilitators",
                list.build(),
                "expiresOn",
                expiresOn),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.body();
  }

  String enrolWithCode(Api.Person teacher, String course, String code) {
    var enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", course, "code", code),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.text("id");
  }

  static JsonObject api_json(String body) {
    return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject();
  }
}
