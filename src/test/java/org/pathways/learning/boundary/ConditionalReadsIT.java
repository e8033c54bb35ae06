package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.ShippedContent;

/**
 * Conditional requests on a step and an outline: an entity tag on every answer, 304 without a body
 * while nothing the caller would read has changed, a new tag once the teacher's progress or the
 * course changes, and never one teacher's answer confirmed to another whose answer differs.
 */
class ConditionalReadsIT extends DeployedPlatform {

  private static Path modules;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    modules = Files.createTempDirectory("pathways-modules-");
    copy(Path.of("modules"), modules);
    return deploy(administered("pathways.content.dir", modules.toString()));
  }

  private static Step firstStep() {
    return ShippedContent.course(K5).modules().get(0).steps().get(0);
  }

  private static String stepPath(Step step) {
    return "/api/courses/" + K5 + "/steps/" + step.key();
  }

  @Test
  void aStepIsTaggedAndAnswers304UntilTheTeachersProgressChanges() {
    Api.Person teacher = api.signUp("Ezra Etag");
    String enrollment = enrol(teacher);
    Step step = firstStep();

    Api.Answer first = api.get(stepPath(step), teacher.token());
    assertThat(first.status()).as(first.body()).isEqualTo(200);
    String tag = first.header("ETag");
    assertThat(tag).startsWith("W/\"");
    assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");

    Api.Answer again = conditional(stepPath(step), teacher.token(), tag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(tag);
    assertThat(again.header("Cache-Control")).isEqualTo("private, no-cache");

    Api.Answer done = api.completeStep(teacher, enrollment, step);
    assertThat(done.status()).as(done.body()).isEqualTo(200);
    Api.Answer after = conditional(stepPath(step), teacher.token(), tag);
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.json().getString("state")).isEqualTo("COMPLETED");
    assertThat(after.header("ETag")).isNotEqualTo(tag);
    assertThat(conditional(stepPath(step), teacher.token(), after.header("ETag")).status())
        .isEqualTo(304);
  }

  @Test
  void anotherTeachersTagNeverConfirmsADifferentAnswerNorOpensTheStep() {
    Step step = firstStep();
    Api.Person done = api.signUp("Dana Done");
    api.completeStep(done, enrol(done), step);
    Api.Person fresh = api.signUp("Fred Fresh");
    enrol(fresh);
    String doneTag = api.get(stepPath(step), done.token()).header("ETag");

    Api.Answer freshAnswer = conditional(stepPath(step), fresh.token(), doneTag);
    assertThat(freshAnswer.status()).isEqualTo(200);
    assertThat(freshAnswer.json().getString("state")).isEqualTo("NOT_STARTED");
    assertThat(freshAnswer.header("ETag")).isNotEqualTo(doneTag);

    Api.Person stranger = api.signUp("Sam Stranger");
    assertThat(conditional(stepPath(step), stranger.token(), doneTag).status()).isEqualTo(403);
    assertThat(conditional(stepPath(step), null, doneTag).status()).isEqualTo(401);
    assertThat(conditional(stepPath(step), stranger.token(), "*").status()).isEqualTo(403);
  }

  @Test
  void anOutlineIsTaggedForEveryoneAndChangesWithTheCourse() throws Exception {
    String outline = "/api/courses/" + K5;
    Api.Answer first = api.get(outline, null);
    assertThat(first.status()).isEqualTo(200);
    String tag = first.header("ETag");
    assertThat(tag).startsWith("W/\"");
    assertThat(first.header("Cache-Control")).isEqualTo("public, no-cache");
    Api.Answer again = conditional(outline, null, tag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    Api.Person teacher = api.signUp("Olive Outline");
    assertThat(conditional(outline, teacher.token(), tag).status())
        .as("the outline is the same for everyone")
        .isEqualTo(304);
    assertThat(conditional("/api/courses/no-such-course", null, "*").status()).isEqualTo(404);

    enrol(teacher);
    Step step = firstStep();
    String stepTag = api.get(stepPath(step), teacher.token()).header("ETag");
    Path file = stepFile(step);
    Files.writeString(file, Files.readString(file) + "\nOne more sentence from the author.\n");
    Api.Answer reload =
        api.call("POST", "/api/admin/content/reload", null, api.token(ADMIN, ADMIN_PASSWORD));
    assertThat(reload.status()).as(reload.body()).isEqualTo(200);
    assertThat(reload.body()).contains("\"errors\":[]");

    Api.Answer newOutline = conditional(outline, null, tag);
    assertThat(newOutline.status()).isEqualTo(200);
    assertThat(newOutline.header("ETag")).isNotEqualTo(tag);
    Api.Answer newStep = conditional(stepPath(step), teacher.token(), stepTag);
    assertThat(newStep.status()).isEqualTo(200);
    assertThat(newStep.json().getString("html")).contains("One more sentence from the author.");
    assertThat(newStep.header("ETag")).isNotEqualTo(stepTag);
  }

  private Api.Answer conditional(String path, String token, String tag) {
    return api.call("GET", path, null, token, "If-None-Match", tag);
  }

  private String enrol(Api.Person teacher) {
    Api.Answer enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private static Path stepFile(Step step) throws IOException {
    try (Stream<Path> files = Files.walk(modules.resolve(K5))) {
      return files
          .filter(p -> p.getFileName().toString().matches("\\d+-" + step.key() + "\\.md"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : paths.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
