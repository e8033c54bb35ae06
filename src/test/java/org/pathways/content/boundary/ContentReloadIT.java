package org.pathways.content.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;

/**
 * Authors edit a copy of the shipped packages and reload: steps keep their identity (and so
 * learners' progress) by slug; a broken package keeps its last good version.
 */
class ContentReloadIT extends DeployedPlatform {

  private static final String COURSE = "k5-online-workshop";
  private static Path modules;

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    modules = Files.createTempDirectory("pathways-modules-");
    copy(Path.of("modules"), modules);
    return deploy(
        Map.of(
            "pathways.content.dir", modules.toString(),
            "pathways.admin.email", ADMIN,
            "pathways.admin.password", ADMIN_PASSWORD));
  }

  @Test
  void editsAndReorderingKeepStepsBySlugAndABrokenPackageKeepsItsLastGoodVersion()
      throws Exception {
    Http.awaitReady(base);
    String token = adminToken();
    Map<String, Long> before = stepIds();
    Path module =
        Files.list(modules.resolve(COURSE))
            .filter(p -> p.getFileName().toString().startsWith("01-"))
            .findFirst()
            .orElseThrow();
    Path first = step(module, "01-");
    Path second = step(module, "02-");
    String firstSlug = first.getFileName().toString().substring(3);
    String secondSlug = second.getFileName().toString().substring(3);
    Path last =
        Files.list(module)
            .filter(p -> p.getFileName().toString().endsWith(".md") && !translation(p))
            .sorted()
            .reduce((a, b) -> b)
            .orElseThrow();

    // One teacher has done the first two steps and the last one of the first module; another has
    // completed the whole course.
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Pat Progress");
    String enrollment = enrol(api, teacher);
    String lastKey = last.getFileName().toString().replaceFirst("^\\d+-", "").replace(".md", "");
    for (String key :
        List.of(firstSlug.replace(".md", ""), secondSlug.replace(".md", ""), lastKey)) {
      complete(api, teacher, enrollment, ShippedContent.course(COURSE).step(key).orElseThrow());
    }
    Api.Person graduate = api.signUp("Grace Graduate");
    String graduated = enrol(api, graduate);
    for (var m : ShippedContent.course(COURSE).modules()) {
      for (var step : m.steps()) {
        complete(api, graduate, graduated, step);
      }
    }
    assertThat(api.get("/api/enrollments/" + graduated, graduate.token()).json().getString("state"))
        .isEqualTo("COMPLETED");

    // Re-word the first step, swap the first two, add an optional step, remove the last one, and
    // add a required step to the second module.
    Files.writeString(first, Files.readString(first) + "\nOne more sentence from the author.\n");
    // A step's Spanish translation moves with it (a translation without its original is refused).
    moveWithTranslation(first, module.resolve("02-" + firstSlug));
    moveWithTranslation(second, module.resolve("01-" + secondSlug));
    Files.writeString(
        module.resolve("90-extra-reading.md"),
        "---\nkind: page\ntitle: Extra reading\nminutes: 5\nrequired: false\n---\nFor the curious.\n");
    String removed = last.getFileName().toString().replaceFirst("^\\d+-", "").replace(".md", "");
    Files.delete(last);
    Files.deleteIfExists(spanish(last));
    Path secondModule =
        Files.list(modules.resolve(COURSE))
            .filter(p -> p.getFileName().toString().startsWith("02-"))
            .findFirst()
            .orElseThrow();
    Files.writeString(
        secondModule.resolve("91-new-required-reading.md"),
        "---\nkind: page\ntitle: A new required reading\nminutes: 5\nrequired: true\n---\nRead this too.\n");

    var reload = Http.json("POST", Http.serverRoot(base, "/api/admin/content/reload"), null, token);
    assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
    assertThat(reload.body()).contains("\"" + COURSE + "\"").contains("\"errors\":[]");

    Map<String, Long> after = stepIds();
    String firstKey = firstSlug.replace(".md", "");
    String secondKey = secondSlug.replace(".md", "");
    assertThat(after.get(firstKey)).isEqualTo(before.get(firstKey));
    assertThat(after.get(secondKey)).isEqualTo(before.get(secondKey));
    assertThat(after.get(removed))
        .as("a removed step is retired, not deleted")
        .isEqualTo(before.get(removed));
    assertThat(after).containsKey("extra-reading");
    assertThat(
            value(
                "select retired_at is not null from content_step where course_slug = '"
                    + COURSE
                    + "' and step_key = '"
                    + removed
                    + "'"))
        .isEqualTo("t");
    assertThat(
            value(
                "select position from content_step where course_slug = '"
                    + COURSE
                    + "' and step_key = '"
                    + secondKey
                    + "'"))
        .isEqualTo("0");

    // Progress follows the slugs: the moved steps are still done, the retired one stops counting
    // (its row stays), the new optional step is not started, and the graduate keeps the
    // certificate.
    JsonObject progress = api.get("/api/enrollments/" + enrollment, teacher.token()).json();
    Map<String, String> states = new HashMap<>();
    progress.getJsonArray("modules").getValuesAs(JsonObject.class).stream()
        .flatMap(m -> m.getJsonArray("steps").getValuesAs(JsonObject.class).stream())
        .forEach(step -> states.put(step.getString("key"), step.getString("state")));
    assertThat(states)
        .containsEntry(firstKey, "COMPLETED")
        .containsEntry(secondKey, "COMPLETED")
        .containsEntry("extra-reading", "NOT_STARTED")
        .doesNotContainKey(removed);
    assertThat(
            value(
                "select count(*) from step_completion where enrollment_id = '"
                    + enrollment
                    + "' and step_key = '"
                    + removed
                    + "'"))
        .isEqualTo("1");
    JsonObject graduateNow = api.get("/api/enrollments/" + graduated, graduate.token()).json();
    assertThat(graduateNow.getString("state")).isEqualTo("COMPLETED");
    assertThat(graduateNow.getInt("percent")).isLessThan(100);
    assertThat(api.get("/api/enrollments/" + graduated + "/certificate", graduate.token()).status())
        .isEqualTo(200);

    String servedBefore =
        field(
            Http.json("GET", Http.serverRoot(base, "/api/admin/content"), null, token).body(),
            COURSE);
    Files.writeString(modules.resolve(COURSE).resolve("course.yaml"), "title: [unclosed\n");
    var broken = Http.json("POST", Http.serverRoot(base, "/api/admin/content/reload"), null, token);
    assertThat(broken.statusCode()).isEqualTo(200);
    assertThat(broken.body())
        .contains(
            "\"file\":\"" + COURSE + "/course.yaml\"",
            "\"line\":",
            "\"message\":\"this is not valid YAML: ");
    var overview =
        Http.json("GET", Http.serverRoot(base, "/api/admin/content"), null, token).body();
    assertThat(overview).contains("KEPT_PREVIOUS");
    assertThat(PageSession.signIn(base, ADMIN, ADMIN_PASSWORD).get("/admin/content.xhtml").body())
        .as("the admin page shows the problem in words")
        .contains(COURSE + "/course.yaml:", "this is not valid YAML: ")
        .doesNotContain("content.problem.");
    assertThat(field(overview, COURSE)).isEqualTo(servedBefore);
    assertThat(Http.get(Http.serverRoot(base, "/health/ready")).statusCode())
        .as("still serving")
        .isEqualTo(200);
  }

  private String adminToken() {
    return api.token(ADMIN, ADMIN_PASSWORD);
  }

  /** The served version of a package in the overview: the first one after its name. */
  private static String field(String overview, String packageName) {
    int at = overview.indexOf("\"name\":\"" + packageName + "\"");
    assertThat(at).as(overview).isNotNegative();
    Matcher version = Pattern.compile("\"servedVersion\":\"([0-9a-f]+)\"").matcher(overview);
    assertThat(version.find(at)).as(overview).isTrue();
    return version.group(1);
  }

  /** Whether the file is a translation ({@code 01-x.es.md}) rather than a step. */
  private static boolean translation(Path file) {
    return file.getFileName().toString().contains(".es.");
  }

  private static Path spanish(Path step) {
    return step.resolveSibling(step.getFileName().toString().replace(".md", ".es.md"));
  }

  private static void moveWithTranslation(Path from, Path to) throws IOException {
    Path translated = spanish(from);
    Path moved = spanish(to);
    Files.move(from, to);
    if (Files.exists(translated)) {
      Files.move(translated, moved);
    }
  }

  private static Path step(Path module, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(module)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix) && !translation(p))
          .findFirst()
          .orElseThrow();
    }
  }

  private static Map<String, Long> stepIds() throws Exception {
    Map<String, Long> ids = new HashMap<>();
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "select step_key, id from content_step where course_slug = '" + COURSE + "'")) {
      while (rows.next()) {
        ids.put(rows.getString(1), rows.getLong(2));
      }
    }
    return ids;
  }

  private static String value(String sql) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      assertThat(rows.next()).isTrue();
      return rows.getString(1);
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

  private static String enrol(Api api, Api.Person teacher) {
    var enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", COURSE), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.text("id");
  }

  private static void complete(Api api, Api.Person teacher, String enrollment, Step step) {
    Api.Answer answer = api.completeStep(teacher, enrollment, step);
    assertThat(answer.status()).as(step.key() + ": " + answer.body()).isIn(200, 201);
  }
}
