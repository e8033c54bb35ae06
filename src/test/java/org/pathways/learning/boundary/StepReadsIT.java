package org.pathways.learning.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;

/**
 * The step view from memory and the completion in one upsert: what is kept in memory never outlives
 * a revoked token, a role change, an enrolment, a deleted account or a content reload on this
 * instance; a repeated step view sends no statement; concurrent completions record each step once
 * and issue one certificate.
 */
class StepReadsIT extends DeployedPlatform {

  static final String RACE = "reading-race";
  static final String CHANGING = "changing-text";
  static Path content;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    content = Files.createTempDirectory("pathways-reads-");
    try (var files = Files.walk(Path.of("modules"))) {
      for (Path file : files.toList()) {
        Path target = content.resolve(Path.of("modules").relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    course(RACE, "STRICT");
    page(RACE, "01-first", "01-a1.md", "First A", "Read A1.");
    page(RACE, "01-first", "02-a2.md", "Second A", "Read A2.");
    page(RACE, "02-second", "01-b1.md", "First B", "Read B1.");
    page(RACE, "02-second", "02-b2.md", "Second B", "Read B2.");
    page(RACE, "02-second", "03-b3.md", "Third B", "Read B3.");
    course(CHANGING, "OPEN");
    page(CHANGING, "01-only", "01-words.md", "Words", "The first wording.");
    page(CHANGING, "01-only", "02-gone.md", "Going", "Soon retired.");
    return deploy(
        administered(
            "pathways.content.dir",
            content.toString(),
            "pathways.public-url",
            "https://pathways.test",
            "pathways.diagnostics.query-count",
            "true"));
  }

  static void course(String slug, String sequencing) throws IOException {
    write(
        content.resolve(slug).resolve("course.yaml"),
        "title: "
            + slug
            + "\nsummary: A small course for the step view.\naudience: Teachers\n"
            + "gradeBand: K-5\nprogram: elementary\nphase: 1\nenrollment: OPEN\n"
            + "sequencing: "
            + sequencing
            + "\nlanguage: en\n");
  }

  static void page(String slug, String module, String file, String title, String text)
      throws IOException {
    Path folder = content.resolve(slug).resolve(module);
    if (!Files.exists(folder.resolve("module.yaml"))) {
      write(folder.resolve("module.yaml"), "title: Module " + module + "\nsummary: Steps.\n");
    }
    write(
        folder.resolve(file),
        "---\nkind: page\ntitle: " + title + "\nminutes: 5\n---\n" + text + "\n");
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private String enrol(Api.Person teacher, String course) {
    var enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", course), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private List<String> steps(Api.Person teacher, String enrollment) {
    JsonObject view = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    List<String> keys = new ArrayList<>();
    for (var module : view.getJsonArray("modules").getValuesAs(JsonObject.class)) {
      for (var step : module.getJsonArray("steps").getValuesAs(JsonObject.class)) {
        keys.add(step.getString("key"));
      }
    }
    return keys;
  }

  private Api.Answer view(Api.Person teacher, String course, String step) {
    return api.get("/api/courses/" + course + "/steps/" + step, teacher.token());
  }

  private Api.Answer complete(Api.Person teacher, String enrollment, String step) {
    return api.call(
        "PUT",
        "/api/enrollments/" + enrollment + "/steps/" + step + "/completion",
        "{}",
        teacher.token());
  }

  private static int queries(Api.Answer answer) {
    return Integer.parseInt(answer.header("X-Pathways-Queries"));
  }

  @Test
  void aRepeatedStepViewSendsNoStatementAndShowsTheTeachersOwnState() {
    Api.Person teacher = api.signUp("Vera View");
    String enrollment = enrol(teacher, RACE);
    String first = steps(teacher, enrollment).get(0);

    var once = view(teacher, RACE, first);
    var twice = view(teacher, RACE, first);
    assertThat(once.status()).as(once.body()).isEqualTo(200);
    assertThat(twice.body()).isEqualTo(once.body());
    assertThat(queries(twice)).isZero();
    JsonObject step = twice.json();
    assertThat(step.getString("key")).isEqualTo(first);
    assertThat(step.getString("title")).isEqualTo("First A");
    assertThat(step.getString("state")).isEqualTo("NOT_STARTED");
    assertThat(step.containsKey("completedAt")).isFalse();
    assertThat(step.getString("html")).contains("Read A1.");
    assertThat(step.getString("next")).isEqualTo(steps(teacher, enrollment).get(1));

    var completed = complete(teacher, enrollment, first);
    assertThat(completed.status()).as(completed.body()).isEqualTo(200);
    assertThat(queries(completed))
        .as("the lock, the upsert and the live event for the teacher's open pages")
        .isLessThanOrEqualTo(3);
    var after = view(teacher, RACE, first);
    assertThat(after.json().getString("state")).isEqualTo("COMPLETED");
    assertThat(after.json().getString("completedAt"))
        .isEqualTo(completed.json().getString("completedAt"));
    assertThat(queries(after)).as("the completion kept what it read").isZero();

    Api.Person other = api.signUp("Otto Other");
    enrol(other, RACE);
    var others = view(other, RACE, first);
    assertThat(others.json().getString("state")).isEqualTo("NOT_STARTED");
    assertThat(view(teacher, RACE, first).json().getString("state")).isEqualTo("COMPLETED");
  }

  @Test
  void theStepViewAnswersWhoMayNotSeeIt() {
    Api.Person teacher = api.signUp("Nora Notyet");
    String enrollment = enrol(api.signUp("Ed Enrolled"), RACE);
    assertThat(enrollment).isNotBlank();
    String first = "a1";

    assertThat(api.get("/api/courses/" + RACE + "/steps/" + first, null).status()).isEqualTo(401);
    assertThat(view(teacher, "no-such-course", first).status()).isEqualTo(404);
    assertThat(view(teacher, RACE, "no-such-step").status()).isEqualTo(404);
  }

  @Test
  void enrollingOpensTheStepAtOnceAndALockedModuleOpensWithItsLastStep() {
    Api.Person teacher = api.signUp("Ines Instant");
    Api.Person enrolledFirst = api.signUp("Ada Ahead");
    List<String> keys = steps(enrolledFirst, enrol(enrolledFirst, RACE));

    assertThat(view(teacher, RACE, keys.get(0)).status()).isEqualTo(403);
    String enrollment = enrol(teacher, RACE);
    assertThat(view(teacher, RACE, keys.get(0)).status()).isEqualTo(200);

    assertThat(view(teacher, RACE, keys.get(2)).status()).isEqualTo(409);
    assertThat(view(teacher, RACE, keys.get(2)).status()).isEqualTo(409);
    assertThat(complete(teacher, enrollment, keys.get(2)).status()).isEqualTo(409);
    complete(teacher, enrollment, keys.get(0));
    assertThat(view(teacher, RACE, keys.get(2)).status()).isEqualTo(409);
    complete(teacher, enrollment, keys.get(1));
    assertThat(view(teacher, RACE, keys.get(2)).status()).isEqualTo(200);
  }

  @Test
  void aRevokedTokenIsRefusedAtOnceWhileTheTeachersOtherTokenStillWorks() {
    Api.Person teacher = api.signUp("Rex Revoked");
    String enrollment = enrol(teacher, RACE);
    String first = steps(teacher, enrollment).get(0);
    String second = api.token(teacher.email(), teacher.password());
    assertThat(view(teacher, RACE, first).status()).isEqualTo(200);
    assertThat(api.get("/api/courses/" + RACE + "/steps/" + first, second).status()).isEqualTo(200);

    assertThat(api.call("DELETE", "/api/tokens/current", null, teacher.token()).status())
        .isEqualTo(204);

    assertThat(view(teacher, RACE, first).status()).isEqualTo(401);
    assertThat(api.get("/api/courses/" + RACE + "/steps/" + first, second).status()).isEqualTo(200);
  }

  @Test
  void aRoleChangeTakesEffectAtOnce() {
    Api.Person teacher = api.signUp("Rolf Role");
    String enrollment = enrol(teacher, RACE);
    String first = steps(teacher, enrollment).get(0);
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    assertThat(api.get("/api/admin/content", teacher.token()).status()).isEqualTo(403);
    assertThat(view(teacher, RACE, first).status()).isEqualTo(200);

    var granted =
        api.call(
            "PUT",
            "/api/users/" + teacher.id() + "/roles",
            "{\"roles\":[\"TEACHER\",\"CONTENT_ADMIN\"]}",
            admin);
    assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    assertThat(api.get("/api/admin/content", teacher.token()).status()).isEqualTo(200);

    var withdrawn =
        api.call(
            "PUT", "/api/users/" + teacher.id() + "/roles", "{\"roles\":[\"TEACHER\"]}", admin);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(api.get("/api/admin/content", teacher.token()).status()).isEqualTo(403);
    assertThat(view(teacher, RACE, first).status()).isEqualTo(200);
  }

  @Test
  void aDeletedAccountsTokenAndEnrolmentAreGoneAtOnce() {
    Api.Person teacher = api.signUp("Dora Deleted");
    String enrollment = enrol(teacher, RACE);
    String first = steps(teacher, enrollment).get(0);
    assertThat(view(teacher, RACE, first).status()).isEqualTo(200);

    var deleted =
        api.call("DELETE", "/api/me", Api.object("password", teacher.password()), teacher.token());
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);

    assertThat(view(teacher, RACE, first).status()).isEqualTo(401);
  }

  @Test
  void aContentReloadServesTheNewTextAtOnceAndARetiredStepIsGone() throws IOException {
    Api.Person teacher = api.signUp("Carl Content");
    String enrollment = enrol(teacher, CHANGING);
    List<String> keys = steps(teacher, enrollment);
    assertThat(view(teacher, CHANGING, keys.get(0)).json().getString("html"))
        .contains("The first wording.");
    assertThat(view(teacher, CHANGING, keys.get(1)).status()).isEqualTo(200);

    page(CHANGING, "01-only", "01-words.md", "Words", "The second wording.");
    Files.delete(content.resolve(CHANGING).resolve("01-only").resolve("02-gone.md"));
    var reloaded =
        api.call("POST", "/api/admin/content/reload", "{}", api.token(ADMIN, ADMIN_PASSWORD));
    assertThat(reloaded.status()).as(reloaded.body()).isEqualTo(200);

    var after = view(teacher, CHANGING, keys.get(0));
    assertThat(after.json().getString("html")).contains("The second wording.");
    assertThat(after.json().containsKey("next")).isFalse();
    assertThat(view(teacher, CHANGING, keys.get(1)).status()).isEqualTo(404);
  }

  @Test
  void theSameStepAndTheLastStepsCompletedAtOnceRecordEachOnceAndOneCertificate() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(9);
    try {
      for (int round = 0; round < 3; round++) {
        Api.Person teacher = api.signUp("Rae Race");
        String enrollment = enrol(teacher, RACE);
        List<String> keys = steps(teacher, enrollment);
        assertThat(complete(teacher, enrollment, keys.get(0)).status()).isEqualTo(200);
        assertThat(complete(teacher, enrollment, keys.get(1)).status()).isEqualTo(200);
        List<Callable<Integer>> racing = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
          String step = keys.get(2 + i % 3);
          racing.add(() -> complete(teacher, enrollment, step).status());
        }
        for (Future<Integer> status : threads.invokeAll(racing)) {
          assertThat(status.get()).isEqualTo(200);
        }

        assertThat(
                count("select count(*) from step_completion where enrollment_id = ?", enrollment))
            .isEqualTo(5);
        assertThat(count("select count(*) from certificate where enrollment_id = ?", enrollment))
            .isEqualTo(1);
        JsonObject done = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
        assertThat(done.getString("state")).isEqualTo("COMPLETED");
        assertThat(
                api.get("/api/enrollments/" + enrollment + "/certificate", teacher.token())
                    .status())
            .isEqualTo(200);
        assertThat(view(teacher, RACE, keys.get(4)).json().getString("state"))
            .isEqualTo("COMPLETED");
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private int count(String sql, String enrollment) throws Exception {
    try (var connection = database.dataSource().getConnection();
        var statement = connection.prepareStatement(sql)) {
      statement.setObject(1, UUID.fromString(enrollment));
      try (var rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
