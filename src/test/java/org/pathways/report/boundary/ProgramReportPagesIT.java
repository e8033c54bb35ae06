package org.pathways.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;

/** reports/index.xhtml by keyboard, with axe: filters, the table, the chart and the CSV. */
class ProgramReportPagesIT extends ReportFixtures {

  @BeforeEach
  void seedOnce() throws SQLException {
    signInAdministrator();
    seed();
  }

  @Test
  void aProgramManagerOpensReportsFromTheMenuAndFiltersByDistrict() throws Exception {
    Api.Person manager = person("Pat Program", "PROGRAM_MANAGER");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(manager.email(), manager.password());
      driver.get(page("/"));
      browser.tabTo("menu-manage");
      browser.press(Keys.ENTER);
      waitForPage(browser, "/manage/index.xhtml");
      assertThat(driver.findElements(By.cssSelector(".card a")))
          .extracting(WebElement::getText)
          .containsExactly(
              "Cohorts", "Organise workshops", "Partnership inquiries", "Districts", "Reports");
      browser.assertAccessible();
      browser.assertNoCspViolations();
      browser.assertNoOverlapAt(320, ".site-header a, .site-header input");
      browser.tabTo("manage-reports");
      browser.press(Keys.ENTER);
      waitForPage(browser, "/reports/index.xhtml");
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Program reports");
      browser.assertAccessible();
      browser.assertNoCspViolations();

      browser.tabTo("program");
      browser.type("Computer science in middle");
      browser.tabTo("district");
      browser.type("Aurora");
      browser.tabTo("show");
      browser.press(Keys.ENTER);
      waitForPage(browser, "district=" + aurora);

      WebElement table = driver.findElement(By.id("report-table"));
      assertThat(table.findElement(By.tagName("caption")).getText())
          .contains("Aurora Public Schools");
      List<WebElement> headers = table.findElements(By.cssSelector("thead th[scope=col]"));
      assertThat(headers).extracting(WebElement::getText).contains("Enrolled", "PD hours");
      List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
      assertThat(rows).hasSize(3);
      // Alice, Idris and Lena enrolled online in Aurora by today (the default range ends today).
      assertThat(rows.get(0).findElements(By.tagName("td")).get(0).getText()).isEqualTo("3");
      WebElement chart = driver.findElement(By.id("report-chart"));
      assertThat(chart.getAttribute("role")).isEqualTo("img");
      assertThat(chart.findElements(By.tagName("rect"))).hasSizeGreaterThanOrEqualTo(12);
      assertThat(driver.findElement(By.id("report-chart-desc")).getAttribute("textContent"))
          .contains("Grouped bars");
      browser.assertAccessible();
      browser.assertNoCspViolations();

      String csv = fetch(driver, driver.findElement(By.id("download-csv")).getAttribute("href"));
      assertThat(csv).startsWith("200 text/csv").contains("program,programTitle,phase");
    }
  }

  @Test
  void aDistrictManagerSeesOnlyTheirDistrictAndOthersAreTurnedAway() throws Exception {
    Api.Person dana = person("Dana District", "DISTRICT_MANAGER");
    sql("insert into district_manager values (?, ?::uuid)", aurora, dana.id());
    Api.Person teacher = person("Tom Teacher");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/reports/index.xhtml"));
      browser.waitFor(d -> d.getCurrentUrl().contains("sign-in"));
      browser.signInHere(dana.email(), dana.password());
      waitForPage(browser, "/reports/index.xhtml");
      assertThat(
              driver.findElements(By.cssSelector("#district option")).stream()
                  .map(WebElement::getText)
                  .toList())
          .containsExactly("Every district you may see", "Aurora Public Schools (CO)");
      assertThat(driver.findElement(By.id("report-table")).getText()).contains("Aurora");
      browser.assertAccessible();

      driver.get(page("/reports/index.xhtml?district=" + boulder));
      assertThat(driver.findElements(By.id("report-table"))).isEmpty();
      assertThat(fetch(driver, page("/reports/programs.csv?district=" + boulder)))
          .startsWith("404");
      driver.get(page("/reports/index.xhtml?from=2025-13-01"));
      assertThat(driver.findElement(By.id("from-error")).getText()).contains("year-month-day");
      browser.assertAccessible();
    }
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(teacher.email(), teacher.password());
      assertThat(driver.findElements(By.id("menu-manage"))).isEmpty();
      assertThat(fetch(driver, page("/reports/index.xhtml"))).startsWith("403");
      assertThat(fetch(driver, page("/manage/index.xhtml"))).startsWith("403");
    }
  }

  /** Waits for an address containing this text, saying where the browser is when it fails. */
  private static void waitForPage(Browser browser, String part) {
    try {
      browser.waitFor(d -> d.getCurrentUrl().contains(part));
    } catch (org.openqa.selenium.TimeoutException e) {
      ChromeDriver driver = browser.driver();
      throw new AssertionError(
          "Expected "
              + part
              + " but at "
              + driver.getCurrentUrl()
              + ": "
              + driver.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  /** Status, content type and body of a GET made by the page's own session. */
  private static String fetch(ChromeDriver driver, String url) {
    return (String)
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' '"
                + " + r.headers.get('Content-Type') + ' ' + t)));",
            url);
  }
}
