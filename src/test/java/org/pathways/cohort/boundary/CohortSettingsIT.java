package org.pathways.cohort.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.MS;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.PageSession;
import org.pathways.testing.ServerLog;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Staff;

/**
 * Running a cohort through a school year (issue 16): editing it, a new code, closing it, who may do
 * each, and what closing means for its teachers' records and its forum space.
 */
class CohortSettingsIT extends DeployedPlatform {

  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  private Staff staff;
  private String admin;
  private Api.Person facilitator;
  private String cohort;
  private String code;
  private String district;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  @BeforeEach
  void aCohortOfADistrictWithAFacilitator() throws Exception {
    staff = new Staff(api, database.dataSource());
    admin = staff.admin();
    facilitator = api.signUp("Fay Facilitator");
    JsonObject created = staff.cohort("Aurora fall", "Aurora Public Schools", MS, facilitator);
    cohort = created.getString("id");
    code = created.getString("code");
    district = newDistrict("Aurora Public Schools " + UUID.randomUUID());
    sql("update cohort set district_id = ?::uuid where id = ?::uuid", district, cohort);
  }

  private String newDistrict(String name) throws Exception {
    String id = UUID.randomUUID().toString();
    sql(
        "insert into district (id, name, state, created_at) values (?::uuid, ?, 'CO', now())",
        id,
        name);
    return id;
  }

  /** A signed-up account with these roles, managing this district when one is named. */
  private Api.Person withRoles(String name, String managedDistrict, String... roles)
      throws Exception {
    Api.Person person = staff.withRoles(name, roles);
    if (managedDistrict != null) {
      sql(
          "insert into district_manager (district_id, account_id) values (?::uuid, ?::uuid)",
          managedDistrict,
          person.id());
    }
    return person;
  }

  private void sql(String statement, String... values) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        prepared.setString(i + 1, values[i]);
      }
      prepared.executeUpdate();
    }
  }

  private int count(String query, String value) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(query)) {
      prepared.setString(1, value);
      try (java.sql.ResultSet rows = prepared.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static String settings(String name, LocalDate target, LocalDate expires, Integer days) {
    return Api.object(
        "name",
        name,
        "targetDate",
        target == null ? null : target.toString(),
        "codeExpiresOn",
        expires == null ? null : expires.toString(),
        "inactiveDays",
        days);
  }

  private Api.Answer edit(String id, String body, String token) {
    return api.call("PUT", "/api/cohorts/" + id, body, token);
  }

  private Api.Answer enrol(Api.Person teacher, String withCode) {
    return api.call(
        "POST", "/api/enrollments", Api.object("course", MS, "code", withCode), teacher.token());
  }

  /** JSON-B leaves out what is null. */
  private static boolean absent(JsonObject json, String field) {
    return !json.containsKey(field) || json.isNull(field);
  }

  private static List<String> fields(Api.Answer answer) {
    return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(e -> e.getString("field"))
        .toList();
  }

  @Test
  void staffAndTheDistrictsManagersEditTheCohortItsFacilitatorsMayNotAndOthersFindNothing()
      throws Exception {
    Api.Person manager = withRoles("Dana District", district, "DISTRICT_MANAGER");
    Api.Person otherManager =
        withRoles("Otto Other", newDistrict("Elsewhere " + UUID.randomUUID()), "DISTRICT_MANAGER");
    Api.Person programManager = withRoles("Pat Program", null, "PROGRAM_MANAGER");
    Api.Person teacher = api.signUp("Tess Teacher");
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    LocalDate target = TODAY.plusYears(3);
    String body = settings("Aurora spring", target, TODAY, 10);

    Api.Answer byAdmin = edit(cohort, body, admin);

    assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(200);
    JsonObject view = byAdmin.json();
    assertThat(view.getString("name")).isEqualTo("Aurora spring");
    assertThat(view.getString("targetDate")).isEqualTo(target.toString());
    assertThat(view.getString("codeExpiresOn")).isEqualTo(TODAY.toString());
    assertThat(view.getInt("inactiveDays")).isEqualTo(10);
    assertThat(view.getString("districtId")).isEqualTo(district);
    assertThat(absent(view, "closedAt")).isTrue();
    assertThat(view.getString("code")).isEqualTo(code);
    assertThat(view.getJsonArray("facilitators")).hasSize(1);
    assertThat(edit(cohort, body, programManager.token()).status()).isEqualTo(200);
    Api.Answer byManager =
        edit(cohort, settings("Aurora winter", null, null, null), manager.token());
    assertThat(byManager.status()).as(byManager.body()).isEqualTo(200);
    assertThat(absent(byManager.json(), "targetDate")).isTrue();
    assertThat(absent(byManager.json(), "codeExpiresOn")).isTrue();
    assertThat(byManager.json().getInt("inactiveDays")).isEqualTo(7);
    assertThat(api.get("/api/cohorts/" + cohort, manager.token()).json().getString("name"))
        .isEqualTo("Aurora winter");

    for (String path : List.of("", "/code", "/close")) {
      String method = path.isEmpty() ? "PUT" : "POST";
      String sent = path.isEmpty() ? body : null;
      String where = method + " " + path;
      assertThat(api.call(method, "/api/cohorts/" + cohort + path, sent, facilitatorToken).status())
          .as("facilitator " + where)
          .isEqualTo(403);
      assertThat(api.call(method, "/api/cohorts/" + cohort + path, sent, teacher.token()).status())
          .as("teacher " + where)
          .isEqualTo(404);
      assertThat(
              api.call(method, "/api/cohorts/" + cohort + path, sent, otherManager.token())
                  .status())
          .as("another district's manager " + where)
          .isEqualTo(404);
      assertThat(api.call(method, "/api/cohorts/" + cohort + path, sent, null).status())
          .as("anonymous " + where)
          .isEqualTo(401);
      assertThat(api.call(method, "/api/cohorts/" + UUID.randomUUID() + path, sent, admin).status())
          .as("unknown cohort " + where)
          .isEqualTo(404);
    }
    // Nothing the refused callers sent changed the cohort.
    JsonObject after = api.get("/api/cohorts/" + cohort, admin).json();
    assertThat(after.getString("name")).isEqualTo("Aurora winter");
    assertThat(after.getString("code")).isEqualTo(code);
    assertThat(absent(after, "closedAt")).isTrue();
  }

  @Test
  void invalidSettingsAreRefusedNamingEachField() {
    Api.Answer blank = edit(cohort, settings(" ", null, null, 0), admin);
    Api.Answer tooLong = edit(cohort, settings("x".repeat(121), null, null, 366), admin);
    Api.Answer pastTarget = edit(cohort, settings("Aurora", TODAY.minusDays(1), null, 7), admin);
    Api.Answer pastExpiry = edit(cohort, settings("Aurora", null, TODAY.minusDays(1), 7), admin);
    Api.Answer notADate =
        edit(cohort, Api.object("name", "Aurora", "targetDate", "2027-13-45"), admin);
    Api.Answer none = edit(cohort, null, admin);

    assertThat(blank.status()).as(blank.body()).isEqualTo(400);
    assertThat(fields(blank)).contains("name", "inactiveDays");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(fields(tooLong)).contains("name", "inactiveDays");
    assertThat(pastTarget.status()).as(pastTarget.body()).isEqualTo(400);
    assertThat(fields(pastTarget)).containsExactly("targetDate");
    assertThat(pastTarget.body()).contains("before today");
    assertThat(pastExpiry.status()).isEqualTo(400);
    assertThat(fields(pastExpiry)).containsExactly("codeExpiresOn");
    assertThat(notADate.status()).isEqualTo(400);
    assertThat(none.status()).isEqualTo(400);
    assertThat(api.get("/api/cohorts/" + cohort, admin).json().getString("name"))
        .isEqualTo("Aurora fall");
  }

  @Test
  void aNewCodeEndsThePreviousOneAtOnce() {
    Api.Person early = api.signUp("Early Enrolled");
    Api.Person late = api.signUp("Late Comer");
    Api.Person guesser = api.signUp("Gus Guesser");
    assertThat(enrol(early, code).status()).isEqualTo(201);

    Api.Answer issued = api.call("POST", "/api/cohorts/" + cohort + "/code", null, admin);

    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    String fresh = issued.json().getString("code");
    assertThat(fresh).isNotEqualTo(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
    Api.Answer withOld = enrol(late, code);
    Api.Answer unknown = enrol(guesser, "ZZZZ-ZZZZ");
    assertThat(withOld.status()).isEqualTo(403);
    assertThat(withOld.json().getString("detail")).isEqualTo(unknown.json().getString("detail"));
    assertThat(enrol(late, fresh).status()).isEqualTo(201);
    assertThat(api.get("/api/cohorts/" + cohort, admin).json().getString("code")).isEqualTo(fresh);
    assertThat(api.get("/api/enrollments", early.token()).array()).hasSize(1);
  }

  @Test
  void aClosedCohortKeepsEverythingReadableAndTakesNoMoreWork() throws Exception {
    Api.Person manager = withRoles("Dana Closing", district, "DISTRICT_MANAGER");
    Api.Person teacher = api.signUp("Tia Teacher");
    Api.Person newcomer = api.signUp("Nia Newcomer");
    String enrollment = enrol(teacher, code).json().getString("id");
    List<Step> steps = ShippedContent.course(MS).modules().get(0).steps();
    assertThat(api.completeStep(teacher, enrollment, steps.get(0)).status()).isEqualTo(200);
    Step reflection = ShippedContent.firstReflection(MS);
    String space = "/api/forum/spaces/cohort:" + cohort + "/threads";
    Api.Answer thread =
        api.call(
            "POST",
            space,
            Api.object("title", "Welcome", "body", "Glad to be here"),
            teacher.token());
    assertThat(thread.status()).as(thread.body()).isEqualTo(201);
    String threadId = thread.json().getString("id");
    for (String reply : List.of("To be hidden", "To be withdrawn")) {
      assertThat(
              api.call(
                      "POST",
                      "/api/forum/threads/" + threadId + "/posts",
                      Api.object("body", reply),
                      teacher.token())
                  .status())
          .isEqualTo(201);
    }

    Api.Answer closed =
        api.call("POST", "/api/cohorts/" + cohort + "/close", null, manager.token());
    Api.Answer again = api.call("POST", "/api/cohorts/" + cohort + "/close", null, admin);

    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    String closedAt = closed.json().getString("closedAt");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getString("closedAt")).isEqualTo(closedAt);

    Api.Answer enrolling = enrol(newcomer, code);
    assertThat(enrolling.status()).isEqualTo(403);
    assertThat(enrolling.json().getString("detail")).contains("closed");
    String path = "/api/enrollments/" + enrollment;
    List<Api.Answer> refused =
        List.of(
            api.completeStep(teacher, enrollment, steps.get(1)),
            api.call(
                "PUT",
                path + "/reflections/" + reflection.key() + "/draft",
                Api.object("text", "a thought"),
                teacher.token()),
            api.call(
                "POST",
                path + "/reflections/" + reflection.key() + "/submissions",
                ShippedContent.reflection(reflection, "COHORT"),
                teacher.token()),
            api.call(
                "POST",
                space,
                Api.object("title", "Still here?", "body", "Hello"),
                teacher.token()),
            api.call(
                "POST",
                "/api/forum/threads/" + threadId + "/posts",
                Api.object("body", "One more"),
                teacher.token()),
            edit(cohort, settings("Reopened", null, null, 7), admin),
            api.call("POST", "/api/cohorts/" + cohort + "/code", null, admin));
    for (Api.Answer answer : refused) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(409);
      assertThat(answer.json().getString("detail")).contains("closed");
    }

    assertThat(api.get(path, teacher.token()).status()).isEqualTo(200);
    assertThat(api.get(path + "/reflections", teacher.token()).status()).isEqualTo(200);
    assertThat(api.get(space, teacher.token()).status()).isEqualTo(200);
    assertThat(api.get("/api/forum/threads/" + threadId, teacher.token()).status()).isEqualTo(200);
    // The forum's pages say the space is archived and offer no form to post.
    PageSession pages = pagesOf(teacher);
    var spacePage = pages.get("/forum/space.xhtml?key=cohort:" + cohort);
    var threadPage = pages.get("/forum/thread.xhtml?id=" + threadId);
    assertThat(spacePage.statusCode()).isEqualTo(200);
    assertThat(spacePage.body())
        .contains("This space is archived", "Welcome")
        .doesNotContain("new-thread");
    assertThat(threadPage.statusCode()).isEqualTo(200);
    assertThat(threadPage.body())
        .contains("This space is archived", "Glad to be here")
        .doesNotContain("id=\"reply\"");
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    assertThat(api.get("/api/cohorts/" + cohort + "/reflections", facilitatorToken).status())
        .isEqualTo(200);
    JsonObject read = api.get("/api/cohorts/" + cohort, facilitatorToken).json();
    assertThat(read.getString("closedAt")).isEqualTo(closedAt);
    assertThat(read.getString("name")).isEqualTo("Aurora fall");
    assertThat(read.getJsonArray("teachers")).hasSize(1);

    // Editing a post in the archived space is refused as posting is, for moderators too; a
    // moderator may still hide a post and its author may still withdraw (delete) their own.
    JsonObject threadView = api.get("/api/forum/threads/" + threadId, teacher.token()).json();
    String firstPost = threadView.getJsonArray("posts").getJsonObject(0).getString("id");
    String toHide = threadView.getJsonArray("posts").getJsonObject(1).getString("id");
    String toDelete = threadView.getJsonArray("posts").getJsonObject(2).getString("id");
    String posting = refused.get(4).json().getString("detail");
    for (String token : List.of(teacher.token(), facilitatorToken)) {
      Api.Answer editing =
          api.call("PUT", "/api/forum/posts/" + firstPost, Api.object("body", "Changed"), token);
      assertThat(editing.status()).as(editing.body()).isEqualTo(409);
      assertThat(editing.json().getString("detail")).isEqualTo(posting);
    }
    assertThat(threadPage.body()).doesNotContain("/forum/edit.xhtml?post=", "quote=");
    var editPage = pages.get("/forum/edit.xhtml?post=" + firstPost);
    assertThat(editPage.statusCode()).isEqualTo(200);
    assertThat(editPage.body()).contains("This space is archived").doesNotContain("edit:submit");
    assertThat(
            api.call("PUT", "/api/forum/posts/" + toHide + "/hidden", null, facilitatorToken)
                .status())
        .isEqualTo(200);
    assertThat(api.call("DELETE", "/api/forum/posts/" + toDelete, null, teacher.token()).status())
        .isEqualTo(204);
    assertThat(api.get("/api/forum/threads/" + threadId, teacher.token()).body())
        .contains("Glad to be here")
        .doesNotContain("Changed");

    // The step and course pages say the cohort is closed and offer no form that would be refused.
    String stepPath = "/learning/step.xhtml?course=" + MS + "&step=";
    Step quiz = steps.stream().filter(s -> s.kind() == StepKind.QUIZ).findFirst().orElseThrow();
    Step reading =
        steps.stream()
            .filter(s -> s.kind() == StepKind.PAGE && !s.key().equals(steps.get(0).key()))
            .findFirst()
            .orElseThrow();
    var reflectionPage = pages.get(stepPath + reflection.key());
    var quizPage = pages.get(stepPath + quiz.key());
    var readingPage = pages.get(stepPath + reading.key());
    var coursePage = pages.get("/learning/course.xhtml?slug=" + MS);
    for (var stepPage : List.of(reflectionPage, quizPage, readingPage)) {
      assertThat(stepPage.statusCode()).isEqualTo(200);
      assertThat(stepPage.body())
          .containsOnlyOnce("This cohort was closed on")
          .doesNotContain("/completion\"", "id=\"reflection\"", "id=\"quiz\"", "id=\"video\"");
    }
    assertThat(reflectionPage.body())
        .contains(
            reflection.details(org.pathways.content.entity.StepDetails.Reflection.class).prompt())
        .doesNotContain("reflection-editor", "reflection:submit");
    assertThat(quizPage.body()).doesNotContain("quiz:check");
    assertThat(coursePage.statusCode()).isEqualTo(200);
    assertThat(coursePage.body()).containsOnlyOnce("This cohort was closed on");

    // By keyboard: "Next" on a reading goes on without recording anything; axe stays clean.
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signedIn(browser, teacher);
      driver.get(page(stepPath + reading.key()));
      assertThat(driver.findElement(By.id("closed")).getText()).contains("was closed on");
      browser.assertAccessible();
      browser.tabTo("next:go");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> !d.getCurrentUrl().contains("step=" + reading.key()));
      assertThat(driver.getPageSource()).doesNotContain("nothing more can be recorded");
      browser.assertAccessible();
      driver.get(page("/learning/course.xhtml?slug=" + MS));
      assertThat(driver.findElement(By.id("closed")).getText()).contains("was closed on");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    assertThat(
            count("select count(*) from step_completion where enrollment_id = ?::uuid", enrollment))
        .as("only the step completed before closing")
        .isEqualTo(1);
  }

  @Test
  void theDistrictsManagerEditsANewCodesAndClosesTheCohortOnItsPageByKeyboard() throws Exception {
    Api.Person manager = withRoles("Kay Keyboard", district, "DISTRICT_MANAGER");
    Api.Person teacher = api.signUp("Ted Page");
    String page = "/admin/cohort.xhtml?id=" + cohort;
    PageSession teachers = pagesOf(teacher);
    assertThat(teachers.get(page).statusCode()).isEqualTo(404);
    try (ServerLog log = ServerLog.watch()) {
      assertThat(teachers.get("/admin/cohorts.xhtml").statusCode()).isEqualTo(403);
      log.assertNoException();
    }
    assertThat(pagesOf(facilitator).get(page).statusCode()).isEqualTo(403);
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signedIn(browser, manager);
      driver.get(page(page));
      assertThat(driver.findElement(By.id("code")).getText()).isEqualTo(code);
      assertThat(driver.findElement(By.id("reflections-link")).getAttribute("href"))
          .endsWith("/reflection/cohort.xhtml?cohort=" + cohort);
      assertThat(driver.findElement(By.id("progress-link")).getAttribute("href"))
          .endsWith("/facilitation/cohort.xhtml?id=" + cohort);
      browser.assertAccessible();

      browser.tabTo("settings:name");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type("Aurora keyboard");
      browser.tabTo("settings:inactiveDays");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type("0");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Idle days are a number from 1 to 365"));
      assertThat(driver.findElement(By.id("settings:inactiveDays")).getAttribute("value"))
          .isEqualTo("0");
      browser.assertAccessible();
      browser.tabTo("settings:inactiveDays");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type("12");
      browser.tabTo("settings:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("The settings are saved"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Aurora keyboard");
      browser.assertAccessible();

      browser.tabTo("new-code:issue");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("A new code is issued"));
      String fresh = driver.findElement(By.id("code")).getText();
      assertThat(fresh).isNotEqualTo(code);

      browser.tabTo("close:close");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Tick the box to confirm"));
      assertThat(api.get("/api/cohorts/" + cohort, admin).json().containsKey("closedAt")).isFalse();
      browser.assertAccessible();
      browser.tabTo("close:confirm");
      browser.press(Keys.SPACE);
      browser.tabTo("close:close");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("The cohort is closed"));
      assertThat(driver.findElement(By.id("closed")).getText()).contains("was closed on");
      assertThat(driver.findElements(By.id("settings:save"))).isEmpty();
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    JsonObject after = api.get("/api/cohorts/" + cohort, admin).json();
    assertThat(after.getString("name")).isEqualTo("Aurora keyboard");
    assertThat(after.getInt("inactiveDays")).isEqualTo(12);
    assertThat(after.containsKey("closedAt")).isTrue();
  }
}
