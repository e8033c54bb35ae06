package org.pathways.workshop.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.K5;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.content.entity.StepKind;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;

/**
 * The workshop pages in headless Chromium, by keyboard, on the demo data set: finding a workshop
 * near a ZIP code, registering, the calendar file, the journey, and the workshop card of a module.
 */
class WorkshopPagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.demo.workshops", "true", "pathways.workshops.reminder-minutes", "0"));
  }

  private Api.Person teacherWithZip(Api api, String name, String zip) {
    String email = name.toLowerCase().replaceAll("[^a-z]", "") + "@school.test";
    return api.signUp(
        email,
        "a quiet snowy evening",
        Json.createObjectBuilder().add("name", name).add("zip", zip));
  }

  @Test
  void demoWorkshopsCoverSixtyCitiesForEveryInPersonPhase() {
    Http.awaitReady(base);
    Api api = new Api(base);
    for (String phase :
        List.of(
            "elementary&phase=1",
            "middle-school&phase=2",
            "middle-school&phase=3",
            "high-school&phase=2",
            "high-school&phase=3",
            "high-school&phase=4")) {
      JsonObject found = api.get("/api/workshops?program=" + phase, null).json();
      assertThat(found.getInt("total")).as(phase).isGreaterThanOrEqualTo(60);
      assertThat(found.getJsonArray("items").getJsonObject(0).getBoolean("demo")).isTrue();
      assertThat(found.getJsonArray("items").getJsonObject(0).getString("title"))
          .startsWith("Demo");
    }
  }

  @Test
  void aTeacherFindsAWorkshopNearAZipRegistersDownloadsTheCalendarAndSeesItOnTheJourney()
      throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = teacherWithZip(api, "Nia Nearby", "80202");
    Path downloads = Files.createTempDirectory("pathways-downloads-");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      browser.downloadsTo(downloads);
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(teacher.email(), teacher.password());

      driver.get(page("/workshops/index.xhtml"));
      assertThat(driver.findElement(By.id("demo-notice")).getText()).contains("Demo data");
      assertThat(driver.findElement(By.id("near")).getAttribute("value"))
          .as("the profile's ZIP code is the default")
          .isEqualTo("80202");
      browser.tabTo("near");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type("80202");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("near=80202"));
      List<String> titles =
          driver.findElements(By.cssSelector("#workshop-list .workshop-item h3")).stream()
              .map(e -> e.getText())
              .toList();
      assertThat(titles).isNotEmpty();
      assertThat(titles.get(0)).contains("Denver");
      assertThat(driver.findElement(By.cssSelector("#workshop-list .distance")).getText())
          .isEqualTo("0 km away");
      browser.waitFor(
          d -> !d.findElements(By.cssSelector("#workshop-map.leaflet-container")).isEmpty());
      assertStatesAreDrawnUnderTheMarkers(browser);
      browser.assertAccessible();
      browser.assertNoCspViolations();

      String title = "Demo: Introductory workshop in Denver";
      browser.tabToText(title);
      browser.press(Keys.ENTER);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
      assertThat(driver.findElement(By.id("demo-flag")).getText()).contains("not a real place");
      browser.assertAccessible();
      browser.tabTo("place:register");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("You are registered."));
      assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("You are registered.");

      browser.tabTo("ics");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> icsIn(downloads) != null);
      Path ics = icsIn(downloads);
      Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
      calendar.validate();
      assertThat(calendar.getComponents("VEVENT")).hasSize(1);
      assertThat(Files.readString(ics)).contains("SUMMARY:" + title);

      driver.get(page("/workshops/journey.xhtml"));
      String elementary = driver.findElement(By.id("phase-elementary-1")).getText();
      assertThat(elementary).contains("Registered").contains(title).contains("Next session");
      browser.assertAccessible();
      browser.tabTo("feed:show");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> !d.findElements(By.id("feed-url")).isEmpty());
      assertThat(driver.findElement(By.id("feed-url")).getAttribute("value"))
          .contains("/api/calendar-feeds/");
      browser.assertNoCspViolations();

      // A Phase 2 workshop names the online course still to complete, and links to it.
      String summer =
          api.get("/api/workshops?near=80202&program=high-school&phase=2", null)
              .json()
              .getJsonArray("items")
              .getJsonObject(0)
              .getString("id");
      driver.get(page("/workshops/workshop.xhtml?id=" + summer));
      assertThat(driver.findElement(By.id("prerequisites")).getText())
          .contains("Online foundations");
      assertThat(driver.findElements(By.id("place:register"))).isEmpty();
      assertThat(driver.findElement(By.cssSelector("#prerequisites a")).getAttribute("href"))
          .contains("/learning/course.xhtml?slug=hs-phase-1-foundations");
    }
  }

  /**
   * The base map needs no tile server: the shipped state outlines are fetched and drawn in a pane
   * of their own, below the markers, hidden from assistive technology, and some are in view.
   */
  private static void assertStatesAreDrawnUnderTheMarkers(Browser browser) {
    String states = "#workshop-map .leaflet-basemap-pane path";
    browser.waitFor(d -> d.findElements(By.cssSelector(states)).size() > 40);
    ChromeDriver driver = browser.driver();
    List<String> outlines =
        driver.findElements(By.cssSelector(states)).stream()
            .map(path -> path.getAttribute("d"))
            .toList();
    assertThat(outlines.stream().filter(d -> d != null && !"M0 0".equals(d)))
        .as(
            "states in view around Denver, with the lines between them (Leaflet draws M0 0 for a"
                + " state outside the view)")
        .hasSizeGreaterThan(1);
    var basemap = driver.findElement(By.cssSelector("#workshop-map .leaflet-basemap-pane"));
    var overlay = driver.findElement(By.cssSelector("#workshop-map .leaflet-overlay-pane"));
    assertThat(basemap.getAttribute("aria-hidden")).isEqualTo("true");
    assertThat(
            driver.findElements(
                By.cssSelector("#workshop-map .leaflet-basemap-pane .leaflet-interactive")))
        .as("the states take no clicks or tooltips")
        .isEmpty();
    assertThat(overlay.findElements(By.cssSelector("path.leaflet-interactive")))
        .as("the markers")
        .isNotEmpty();
    assertThat(Integer.parseInt(basemap.getCssValue("z-index")))
        .as("the states lie under the markers")
        .isLessThan(Integer.parseInt(overlay.getCssValue("z-index")));
  }

  @Test
  void theStateOutlinesOfTheMapAreServedAsCacheableGeoJson() {
    Http.awaitReady(base);
    var answer = Http.get(Http.serverRoot(base, "/resources/maps/us-states.geojson"));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/geo+json"));
    assertThat(answer.headers().firstValue("ETag")).isPresent();
    JsonObject outlines = Json.createReader(new StringReader(answer.body())).readObject();
    assertThat(outlines.getString("type")).isEqualTo("FeatureCollection");
    assertThat(outlines.getJsonArray("features"))
        .hasSize(56)
        .anyMatch(
            f -> "Colorado".equals(f.asJsonObject().getJsonObject("properties").getString("name")));
    assertThat(Http.get(Http.serverRoot(base, "/resources/maps/DATA-SOURCES.md")).statusCode())
        .as("the notes on the data stay in the sources")
        .isEqualTo(404);
  }

  private static Path icsIn(Path folder) {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".ics")).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  @Test
  void theWorkshopCardOfAModuleOffersTheNearestWorkshopsAndRegistersFromTheStep() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = teacherWithZip(api, "Cam Card", "10001");
    String enrollment =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token()).text("id");
    Course course = ShippedContent.course(K5);
    Step card = null;
    outer:
    for (CourseModule module : course.modules()) {
      for (Step step : module.steps()) {
        if (step.kind() == StepKind.WORKSHOP) {
          card = step;
          break outer;
        }
        assertThat(api.completeStep(teacher, enrollment, step).status()).isIn(200, 201);
      }
    }
    assertThat(card).isNotNull();
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(teacher.email(), teacher.password());
      driver.get(page("/learning/step.xhtml?course=" + K5 + "&step=" + card.key()));
      String text = driver.findElement(By.id("workshop-card")).getText();
      assertThat(text).contains("The nearest upcoming workshops").contains("New York");
      browser.assertAccessible();
      browser.tabToText("Register");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("You are registered."));
      assertThat(driver.findElement(By.id("workshop-card")).getText())
          .contains("Your workshop")
          .contains("Registered");
      browser.assertNoCspViolations();
    }
  }

  @Test
  void aProgramManagerCreatesAWorkshopAndMarksAttendanceOnTheRoster() throws Exception {
    Http.awaitReady(base);
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Rae Roster");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(ADMIN, ADMIN_PASSWORD);
      driver.get(page("/admin/workshop.xhtml"));
      browser.assertAccessible();
      // A form with only a title is refused, naming what is missing, and keeps what was typed.
      fill(driver, "workshop:title", "Saturday workshop in Boulder");
      browser.tabTo("workshop:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Add at least one session"));
      assertThat(driver.findElement(By.id("workshop:title")).getAttribute("value"))
          .isEqualTo("Saturday workshop in Boulder");
      String day = java.time.LocalDate.now().plusDays(21).toString();
      List<org.openqa.selenium.WebElement> starts =
          driver.findElements(By.cssSelector("input[type=datetime-local][id$=':start']"));
      List<org.openqa.selenium.WebElement> ends =
          driver.findElements(By.cssSelector("input[type=datetime-local][id$=':end']"));
      setValue(driver, starts.get(0), day + "T09:00");
      setValue(driver, ends.get(0), day + "T16:00");
      fill(driver, "workshop:venue", "Boulder Library");
      fill(driver, "workshop:city", "Boulder");
      fill(driver, "workshop:state", "CO");
      fill(driver, "workshop:zip", "80302");
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("workshop:zone")))
          .selectByValue("America/Denver");
      browser.tabTo("workshop:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/workshops/workshop.xhtml?id="));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Saturday workshop in Boulder");
      String id = driver.getCurrentUrl().replaceAll(".*id=", "");
      assertThat(
              api.call("POST", "/api/workshops/" + id + "/registrations", "", teacher.token())
                  .status())
          .isEqualTo(201);

      driver.get(page("/workshops/roster.xhtml?id=" + id));
      assertThat(driver.findElement(By.cssSelector(".attendance-code")).getText()).hasSize(6);
      browser.assertAccessible();
      driver.findElement(By.cssSelector("input[name=present]")).sendKeys(Keys.SPACE);
      browser.tabTo("roster:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Attendance saved."));
      assertThat(driver.findElement(By.cssSelector("input[name=present]")).isSelected()).isTrue();
      assertThat(api.get("/api/workshops/" + id + "/certificate", teacher.token()).status())
          .isEqualTo(200);
      browser.assertNoCspViolations();
    }
  }

  private static void fill(ChromeDriver driver, String id, String text) {
    var field = driver.findElement(By.id(id));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text);
  }

  private static void setValue(
      ChromeDriver driver, org.openqa.selenium.WebElement field, String value) {
    driver.executeScript("arguments[0].value = arguments[1];", field, value);
  }
}
