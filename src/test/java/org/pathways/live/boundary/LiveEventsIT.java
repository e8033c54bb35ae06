package org.pathways.live.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Staff;

/**
 * A teacher's open pages hear of what happens to them on other pages and devices: a step completed
 * through the API reaches every stream of that teacher within two seconds and no one else's; a
 * stream reopened with Last-Event-ID gets what it missed; a stream needs a token; one stream over
 * the limit closes the oldest, which is told why.
 */
class LiveEventsIT extends DeployedPlatform {

  private static final Duration SOON = Duration.ofSeconds(2);

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url", "https://pathways.test",
            "pathways.workshops.reminder-minutes", "0",
            "pathways.forum.digest-minutes", "0",
            "pathways.demo.workshops", "false",
            "pathways.live.streams-per-account", "3",
            "pathways.live.heartbeat-seconds", "2"));
  }

  private String enrol(Api.Person teacher) {
    Api.Answer enrolled =
        api.call(
            "POST", "/api/enrollments", Api.object("course", ShippedContent.K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private static List<Step> firstModule() {
    return ShippedContent.course(ShippedContent.K5).modules().get(0).steps();
  }

  private void complete(Api.Person teacher, String enrollment, Step step) {
    Api.Answer done = api.completeStep(teacher, enrollment, step);
    assertThat(done.status()).as(done.body()).isIn(200, 201);
  }

  private EventStream open(Api.Person teacher, String lastEventId) {
    return EventStream.open(
        Http.serverRoot(base, "/api/me/events"),
        teacher == null ? null : teacher.token(),
        lastEventId);
  }

  private static JsonObject json(EventStream.Event event) {
    return Json.createReader(new StringReader(event.data())).readObject();
  }

  @Test
  void aStepCompletedReachesEveryStreamOfItsTeacherAndNoOneElse() throws Exception {
    Api.Person teacher = api.signUp("Lena Live");
    Api.Person other = api.signUp("Omar Other");
    String enrollment = enrol(teacher);
    enrol(other);
    try (EventStream laptop = open(teacher, null);
        EventStream phone = open(teacher, null);
        EventStream theirs = open(other, null)) {
      assertThat(laptop.status()).isEqualTo(200);
      assertThat(laptop.header("Content-Type")).startsWith("text/event-stream");
      assertThat(laptop.header("Cache-Control")).isEqualTo("no-store");
      assertThat(laptop.header("X-Accel-Buffering")).isEqualTo("no");
      laptop.awaitOpen();
      phone.awaitOpen();
      theirs.awaitOpen();

      Step first = firstModule().get(0);
      long before = System.nanoTime();
      complete(teacher, enrollment, first);

      for (EventStream stream : List.of(laptop, phone)) {
        EventStream.Event event = stream.next(SOON);
        assertThat(event).as("progress within 2 s of the completion").isNotNull();
        assertThat(event.name()).isEqualTo("progress");
        assertThat(event.id()).isNotBlank();
        JsonObject data = json(event);
        assertThat(data.getString("enrollmentId")).isEqualTo(enrollment);
        assertThat(data.getString("stepKey")).isEqualTo(first.key());
        assertThat(data.getInt("percent")).isBetween(1, 99);
        assertThat(data.getJsonArray("modules")).hasSize(5);
        assertThat(data.getJsonArray("modules").getJsonObject(0).getString("state"))
            .isIn("IN_PROGRESS", "COMPLETED");
        assertThat(data.getJsonArray("modules").getJsonObject(1).getString("state"))
            .isIn("LOCKED", "AVAILABLE");
      }
      System.out.printf(
          "Live progress reached both streams %d ms after the completion was sent%n",
          (System.nanoTime() - before) / 1_000_000);

      complete(teacher, enrollment, first);
      assertThat(laptop.next(Duration.ofMillis(1500)))
          .as("a step completed again changes nothing, so tells nothing")
          .isNull();
      assertThat(theirs.next(Duration.ofMillis(500))).as("another teacher hears nothing").isNull();
      assertThat(theirs.comments())
          .as("heartbeat comments keep an idle stream alive")
          .isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void aStreamReopenedWithLastEventIdGetsWhatItMissedInOrder() throws Exception {
    Api.Person teacher = api.signUp("Rhea Replay");
    String enrollment = enrol(teacher);
    List<Step> steps = firstModule();
    String lastSeen;
    try (EventStream stream = open(teacher, null)) {
      stream.awaitOpen();
      complete(teacher, enrollment, steps.get(0));
      EventStream.Event seen = stream.next(SOON);
      assertThat(seen).isNotNull();
      lastSeen = seen.id();
    }
    complete(teacher, enrollment, steps.get(1));
    complete(teacher, enrollment, steps.get(2));

    try (EventStream again = open(teacher, lastSeen)) {
      EventStream.Event second = again.next(SOON);
      EventStream.Event third = again.next(SOON);
      assertThat(second).isNotNull();
      assertThat(third).isNotNull();
      assertThat(json(second).getString("stepKey")).isEqualTo(steps.get(1).key());
      assertThat(json(third).getString("stepKey")).isEqualTo(steps.get(2).key());
      assertThat(Long.parseLong(third.id())).isGreaterThan(Long.parseLong(second.id()));
      assertThat(again.next(Duration.ofMillis(500))).as("nothing twice").isNull();

      complete(teacher, enrollment, steps.get(3));
      EventStream.Event live = again.next(SOON);
      assertThat(live).as("live again after the replay").isNotNull();
      assertThat(json(live).getString("stepKey")).isEqualTo(steps.get(3).key());
    }
    try (EventStream fresh = open(teacher, null)) {
      fresh.awaitOpen();
      assertThat(fresh.next(Duration.ofMillis(500)))
          .as("without Last-Event-ID nothing is replayed: the page is drawn from now")
          .isNull();
    }
  }

  @Test
  void aQuietStreamStaysOpenPastTheServersUsualTimeoutsWithHeartbeats() throws Exception {
    Api.Person teacher = api.signUp("Quinn Quiet");
    String enrollment = enrol(teacher);
    try (EventStream stream = open(teacher, null)) {
      stream.awaitOpen();
      assertThat(stream.awaitEnd(Duration.ofSeconds(40)))
          .as("open after 40 s (a servlet's asynchronous default is 30 s)")
          .isFalse();
      assertThat(stream.comments()).as("a comment every 2 s here").isGreaterThanOrEqualTo(10);
      complete(teacher, enrollment, firstModule().get(0));
      assertThat(stream.next(SOON)).as("and still delivering").isNotNull();
    }
  }

  @Test
  void aStreamNeedsAToken() throws Exception {
    try (EventStream none = open(null, null)) {
      assertThat(none.status()).isEqualTo(401);
    }
    try (EventStream wrong =
        EventStream.open(Http.serverRoot(base, "/api/me/events"), "not-a-token", null)) {
      assertThat(wrong.status()).isEqualTo(401);
    }
  }

  @Test
  void oneStreamOverTheLimitClosesTheOldestAndTellsItWhy() throws Exception {
    Api.Person teacher = api.signUp("Tess Tabs");
    String enrollment = enrol(teacher);
    try (EventStream oldest = open(teacher, null);
        EventStream second = open(teacher, null);
        EventStream third = open(teacher, null)) {
      oldest.awaitOpen();
      second.awaitOpen();
      third.awaitOpen();
      try (EventStream fourth = open(teacher, null)) {
        fourth.awaitOpen();
        EventStream.Event closed = oldest.next(SOON);
        assertThat(closed).isNotNull();
        assertThat(closed.name()).isEqualTo("closed");
        assertThat(json(closed).getString("reason")).isEqualTo("too-many-streams");
        assertThat(oldest.awaitEnd(SOON)).as("the server ended the oldest stream").isTrue();

        complete(teacher, enrollment, firstModule().get(0));
        for (EventStream open : List.of(second, third, fourth)) {
          EventStream.Event event = open.next(SOON);
          assertThat(event).isNotNull();
          assertThat(event.name()).isEqualTo("progress");
        }
      }
    }
  }

  @Test
  void aNewPostInAFollowedThreadIsANotification() throws Exception {
    Api.Person author = api.signUp("Fern Follow");
    Api.Person replier = api.signUp("Rory Reply");
    Api.Answer started =
        api.call(
            "POST",
            "/api/forum/spaces/community/threads",
            Api.object("title", "Live or not", "body", "Will I hear of replies?"),
            author.token());
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String thread = started.json().getString("id");
    try (EventStream authors = open(author, null);
        EventStream repliers = open(replier, null)) {
      authors.awaitOpen();
      repliers.awaitOpen();
      Api.Answer reply =
          api.call(
              "POST",
              "/api/forum/threads/" + thread + "/posts",
              Api.object("body", "Yes, at once."),
              replier.token());
      assertThat(reply.status()).as(reply.body()).isEqualTo(201);

      EventStream.Event event = authors.next(SOON);
      assertThat(event).isNotNull();
      assertThat(event.name()).isEqualTo("notification");
      assertThat(json(event).getString("threadId")).isEqualTo(thread);
      assertThat(json(event).getString("postId")).isEqualTo(reply.json().getString("id"));
      assertThat(repliers.next(Duration.ofMillis(500))).as("not told of their own post").isNull();
    }
  }

  @Test
  void feedbackOnAReflectionReachesItsTeacher() throws Exception {
    Api.Person facilitator = api.signUp("Fay Facilitator");
    JsonObject cohort =
        new Staff(api, database.dataSource())
            .cohort("Live cohort", "Jefferson County", ShippedContent.MS, facilitator);
    Api.Person teacher = api.signUp("Theo Teacher");
    Api.Answer enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", ShippedContent.MS, "code", cohort.getString("code")),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    String enrollment = enrolled.json().getString("id");
    Step step = ShippedContent.firstReflection(ShippedContent.MS);
    Api.Answer submitted =
        api.call(
            "POST",
            "/api/enrollments/" + enrollment + "/reflections/" + step.key() + "/submissions",
            ShippedContent.reflection(step, "FACILITATORS"),
            teacher.token());
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);

    try (EventStream stream = open(teacher, null)) {
      stream.awaitOpen();
      Api.Answer given =
          api.call(
              "POST",
              "/api/reflections/" + submitted.json().getString("id") + "/feedback",
              Api.object("text", "Try this with your class next week."),
              api.token(facilitator.email(), facilitator.password()));
      assertThat(given.status()).as(given.body()).isIn(200, 201);

      EventStream.Event event = stream.next(SOON);
      assertThat(event).isNotNull();
      assertThat(event.name()).isEqualTo("feedback");
      assertThat(json(event).getString("enrollmentId")).isEqualTo(enrollment);
      assertThat(json(event).getString("stepKey")).isEqualTo(step.key());
      assertThat(event.data())
          .as("the feedback's words stay on its page")
          .doesNotContain("Try this");
    }
  }

  @Test
  void aStepCompletedInOneWindowOpensTheNextModuleInTheOtherWithoutAReload() throws Exception {
    Api.Person teacher = api.signUp("Wanda Windows");
    String enrollment = enrol(teacher);
    List<CourseModule> modules = ShippedContent.course(ShippedContent.K5).modules();
    List<Step> first = modules.get(0).steps();
    String next = "module-" + modules.get(1).key();
    // Every step of the first module but its first one, which the teacher reads in a window.
    for (Step step : first.subList(1, first.size())) {
      complete(teacher, enrollment, step);
    }
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signedIn(browser, teacher);
      driver.get(page("/learning/course.xhtml?slug=" + ShippedContent.K5));
      String outline = driver.getWindowHandle();
      assertThat(driver.findElement(By.id(next)).getAttribute("class")).contains("module--locked");
      assertThat(driver.findElements(By.cssSelector("#" + next + " a"))).isEmpty();
      browser.assertAccessible();
      browser.waitFor(
          d -> "true".equals(d.findElement(By.id("live")).getAttribute("data-connected")));
      Object marker = driver.executeScript("return window.liveMarker = 'not reloaded';");
      assertThat(marker).isEqualTo("not reloaded");

      driver.switchTo().newWindow(WindowType.WINDOW);
      driver.get(
          page("/learning/step.xhtml?course=" + ShippedContent.K5 + "&step=" + first.get(0).key()));
      browser.waitFor(d -> d.findElement(By.id("step-status")).getText().length() > 0);

      driver.switchTo().window(outline);
      browser.waitFor(
          d -> d.findElement(By.id(next)).getAttribute("class").contains("module--available"));
      assertThat(driver.executeScript("return window.liveMarker;"))
          .as("the same page, updated in place")
          .isEqualTo("not reloaded");
      assertThat(driver.findElements(By.cssSelector("#" + next + " .steps a")))
          .as("the opened module's steps are links now")
          .hasSize(modules.get(1).steps().size());
      assertThat(driver.findElement(By.id("module-" + modules.get(0).key())).getAttribute("class"))
          .contains("module--completed");
      browser.waitFor(
          d ->
              d.findElement(By.id("live-status")).getAttribute("textContent").contains("open now"));
      assertThat(driver.findElement(By.id("progress-bar")).getAttribute("value")).isNotEqualTo("0");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
  }
}
