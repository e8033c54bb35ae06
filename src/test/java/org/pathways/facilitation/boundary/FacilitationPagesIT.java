package org.pathways.facilitation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.MS;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.PageSession;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Staff;

/**
 * The facilitation pages in headless Chromium, by keyboard, each checked with axe: a facilitator
 * opens My cohorts from the menu, opens a cohort, filters the teachers at risk and reads why, and
 * opens their workshops; a teacher finds none of it.
 */
class FacilitationPagesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered("pathways.demo.workshops", "false"));
  }

  private void sql(String statement, Object... values) {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private String enrol(Api.Person teacher, String code) {
    Api.Answer enrolled =
        api.call(
            "POST", "/api/enrollments", Api.object("course", MS, "code", code), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  private JsonObject workshop(String admin, String title, String facilitator, LocalDate day) {
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Api.object(
                "title",
                title,
                "program",
                ShippedContent.course(MS).program(),
                "phase",
                2,
                "kind",
                "SUMMER",
                "capacity",
                24,
                "timeZone",
                "America/Denver",
                "sessions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("start", day + "T09:00")
                            .add("end", day + "T16:00"))
                    .build(),
                "location",
                Json.createObjectBuilder()
                    .add("venue", "Summer institute hall")
                    .add("address", "1 Main Street")
                    .add("city", "Denver")
                    .add("state", "CO")
                    .add("zip", "80202")
                    .build(),
                "facilitators",
                Json.createArrayBuilder().add(facilitator).build()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  @Test
  void aFacilitatorOpensMyCohortsFiltersTheTeachersAtRiskAndReadsWhyByKeyboard() throws Exception {
    String admin = api.token(ADMIN, ADMIN_PASSWORD);
    Api.Person facilitator = api.signUp("Fiona Facilitator");
    JsonObject created =
        new Staff(api, database.dataSource())
            .cohort("Lakewood fall cohort", "Jefferson County", MS, facilitator);
    String cohort = created.getString("id");
    LocalDate workshopDay = LocalDate.now(ZoneOffset.UTC).plusDays(60);
    workshop(admin, "Lakewood summer institute", facilitator.email(), workshopDay);
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);

    Api.Person busy = api.signUp("Bea Busy");
    Api.Person idle = api.signUp("Ivan Idle");
    String code = created.getString("code");
    String busyEnrollment = enrol(busy, code);
    String idleEnrollment = enrol(idle, code);
    Step first = ShippedContent.course(MS).modules().get(0).steps().get(0);
    assertThat(api.completeStep(busy, busyEnrollment, first).status()).isIn(200, 201);
    sql(
        "update enrollment set enrolled_at = now() - interval '10 days',"
            + " last_activity_at = now() - interval '10 days' where id = ?",
        UUID.fromString(idleEnrollment));

    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signedIn(browser, facilitator);

      browser.tabTo("my-cohorts");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/facilitation/index.xhtml"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My cohorts");
      assertThat(driver.findElement(By.id("cohorts")).getText()).contains("Lakewood fall cohort");
      browser.assertAccessible();

      browser.tabToText("Lakewood fall cohort");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/facilitation/cohort.xhtml"));
      assertThat(driver.findElement(By.tagName("h1")).getText())
          .isEqualTo("Progress of Lakewood fall cohort");
      assertThat(driver.findElement(By.id("rule")).getText())
          .contains("when the next Phase 2 workshop starts");
      assertThat(rowNames(driver)).containsExactly("Ivan Idle", "Bea Busy");
      assertThat(
              driver
                  .findElement(By.id("sort-risk"))
                  .findElement(By.xpath(".."))
                  .getAttribute("aria-sort"))
          .isEqualTo("ascending");
      browser.assertAccessible();

      browser.tabTo("filter-risk");
      browser.press(Keys.SPACE);
      browser.tabTo("filter-submit");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("risk=1"));
      assertThat(rowNames(driver)).containsExactly("Ivan Idle");
      // Both reasons hold: no step in 10 days leaves no pace to finish before the workshop.
      assertThat(driver.findElement(By.cssSelector("#matrix tbody .reason")).getText())
          .startsWith("At the pace since enrolling 10 days ago (no steps)")
          .contains("will not fit before")
          .endsWith("No activity since enrolling 10 days ago");
      browser.assertAccessible();

      browser.tabTo("sort-name");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("sort=name"));
      assertThat(
              driver
                  .findElement(By.id("sort-name"))
                  .findElement(By.xpath(".."))
                  .getAttribute("aria-sort"))
          .isEqualTo("ascending");
      assertThat(
              driver
                  .findElement(By.id("sort-risk"))
                  .findElement(By.xpath(".."))
                  .getAttribute("aria-sort"))
          .isNull();
      assertThat(rowNames(driver)).as("the filter is kept").containsExactly("Ivan Idle");

      browser.tabTo("my-cohorts");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/facilitation/index.xhtml"));
      browser.tabTo("my-workshops");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/facilitation/workshops.xhtml"));
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("My workshops");
      assertThat(driver.findElement(By.id("workshops")).getText())
          .contains("Lakewood summer institute", "0 of 24", "Denver");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }

    // The CSV download is the page session's; a teacher finds none of these pages.
    PageSession pages = pagesOf(facilitator);
    HttpResponse<String> csv = pages.get("/facilitation/progress.csv?id=" + cohort);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).contains("Ivan Idle", "Bea Busy");
    PageSession teacher = pagesOf(busy);
    for (String path :
        List.of(
            "/facilitation/cohort.xhtml?id=" + cohort,
            "/facilitation/index.xhtml",
            "/facilitation/workshops.xhtml",
            "/facilitation/progress.csv?id=" + cohort)) {
      assertThat(teacher.get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(pages.get("/facilitation/cohort.xhtml?id=" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(pages.get("/facilitation/cohort.xhtml?id=nonsense").statusCode()).isEqualTo(404);
  }

  private static List<String> rowNames(ChromeDriver driver) {
    return driver.findElements(By.cssSelector("#matrix tbody th[scope=row]")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
