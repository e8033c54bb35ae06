package org.pathways.reflection.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.MS;
import static org.pathways.testing.ShippedContent.firstReflection;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Staff;

/**
 * A facilitator works through the reflection queue by keyboard and gives feedback; the teacher
 * hears of it in the app and by mail (unless they turned the mail off) and reads it on the step
 * (issue 16).
 */
class FeedbackNoticesIT extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  private String enrol(Api.Person teacher, String code) {
    Api.Answer enrolled =
        api.call(
            "POST", "/api/enrollments", Api.object("course", MS, "code", code), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.json().getString("id");
  }

  private String submit(Api.Person teacher, String enrollment, Step step) {
    Api.Answer submitted =
        api.call(
            "POST",
            "/api/enrollments/" + enrollment + "/reflections/" + step.key() + "/submissions",
            ShippedContent.reflection(step, "FACILITATORS"),
            teacher.token());
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    return submitted.json().getString("id");
  }

  private int feedbackMails(String recipient) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from mail_outbox where recipient = ? and body like ?")) {
      query.setString(1, recipient);
      query.setString(2, "%gave you feedback%");
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  @Test
  void aFacilitatorGivesFeedbackFromTheQueueAndTheTeacherHearsOfItAndReadsItOnTheStep()
      throws Exception {
    Api.Person facilitator = api.signUp("Flo Queue");
    JsonObject cohort =
        new Staff(api, database.dataSource())
            .cohort("Queue cohort", "Jefferson County", MS, facilitator);
    String cohortId = cohort.getString("id");
    String code = cohort.getString("code");
    Api.Person ana = api.signUp("Ana Early");
    Api.Person bo = api.signUp("Bo Quiet");
    Step step = firstReflection(MS);
    String anasEnrollment = enrol(ana, code);
    String bosEnrollment = enrol(bo, code);
    submit(ana, anasEnrollment, step);
    String bosSubmission = submit(bo, bosEnrollment, step);

    // The API's queue: oldest first, awaiting feedback when asked.
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    Api.Answer queue =
        api.get("/api/cohorts/" + cohortId + "/reflections?unreviewed=true", facilitatorToken);
    assertThat(queue.json().getInt("total")).isEqualTo(2);
    assertThat(queue.json().getJsonArray("items").getJsonObject(0).getString("teacher"))
        .isEqualTo("Ana Early");
    assertThat(queue.json().getJsonArray("items").getJsonObject(0).getString("prompt"))
        .isNotBlank();

    // Bo turns the mail off on the profile page, by keyboard.
    try (Browser browser = Browser.open()) {
      signedIn(browser, bo);
      browser.driver().get(page("/identity/profile.xhtml"));
      assertThat(browser.driver().findElement(By.id("notifications:feedback-mail")).isSelected())
          .as("on by default")
          .isTrue();
      browser.tabTo("notifications:feedback-mail");
      browser.press(Keys.SPACE);
      browser.tabTo("notifications:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("notification settings are saved"));
      assertThat(browser.driver().findElement(By.id("notifications:feedback-mail")).isSelected())
          .isFalse();
      browser.assertAccessible();
    }

    // The facilitator: the queue, oldest first, awaiting feedback by default.
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signedIn(browser, facilitator);
      driver.get(page("/reflection/cohort.xhtml?cohort=" + cohortId));
      assertThat(driver.findElement(By.id("queue-count")).getText()).contains("2 reflections");
      assertThat(driver.findElement(By.id("submission-0")).getText()).contains("Ana Early");
      assertThat(driver.findElement(By.id("submission-1")).getText()).contains("Bo Quiet");
      assertThat(driver.getPageSource())
          .contains(
              step.details(org.pathways.content.entity.StepDetails.Reflection.class).prompt());
      browser.assertAccessible();
      browser.tabTo("feedback-text-0");
      browser.type("Lovely idea: try it with a small group first.");
      browser.tabToText("Send feedback");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("Your feedback is saved"));
      assertThat(driver.findElement(By.id("queue-count")).getText()).contains("One reflection");
      assertThat(driver.findElement(By.id("submission-0")).getText()).contains("Bo Quiet");
      browser.assertAccessible();
      browser.tabTo("show-all");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("show=all"));
      assertThat(driver.findElement(By.id("submission-0")).getText()).contains("Ana Early");
      assertThat(driver.getPageSource()).contains("try it with a small group first");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    Api.Answer toBo =
        api.call(
            "POST",
            "/api/reflections/" + bosSubmission + "/feedback",
            Api.object("text", "Thank you, Bo."),
            facilitatorToken);
    assertThat(toBo.status()).as(toBo.body()).isEqualTo(201);
    assertThat(feedbackMails(ana.email())).isEqualTo(1);
    assertThat(feedbackMails(bo.email())).as("Bo turned the mail off").isZero();
    assertThat(
            api.get("/api/cohorts/" + cohortId + "/reflections?unreviewed=true", facilitatorToken)
                .json()
                .getInt("total"))
        .isZero();
    assertThat(
            api.get("/api/cohorts/" + cohortId + "/reflections", facilitatorToken)
                .json()
                .getJsonArray("items")
                .getJsonObject(1)
                .getString("teacher"))
        .isEqualTo("Bo Quiet");

    // Ana: the notice on her course, the feedback on the step, marked read by a POST.
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      signedIn(browser, ana);
      driver.get(page("/learning/course.xhtml?slug=" + MS));
      assertThat(driver.findElement(By.id("feedback-notices")).getText()).contains(step.title());
      browser.assertAccessible();
      browser.tabToText(step.title());
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/learning/step.xhtml"));
      assertThat(driver.findElement(By.id("new-feedback")).getText()).contains("new feedback");
      assertThat(driver.getPageSource()).contains("try it with a small group first");
      browser.assertAccessible();
      // Viewing changed nothing: the notice is still there on the course.
      driver.navigate().refresh();
      assertThat(driver.findElements(By.id("new-feedback"))).hasSize(1);
      browser.tabTo("feedback-read:mark");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("The feedback is marked as read"));
      assertThat(driver.findElements(By.id("new-feedback"))).isEmpty();
      assertThat(driver.getPageSource()).contains("try it with a small group first");
      browser.assertAccessible();
      driver.get(page("/learning/course.xhtml?slug=" + MS));
      assertThat(driver.findElements(By.id("feedback-notices"))).isEmpty();
      browser.assertNoCspViolations();
    }
  }

  private int rowsOf(String table, String account) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select count(*) from " + table + " where account_id = ?::uuid")) {
      query.setString(1, account);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  @Test
  void aTeachersNoticesAndMailChoiceAreInTheirExportAndGoWithTheirAccount() throws Exception {
    Api.Person facilitator = api.signUp("Fen Export");
    JsonObject cohort =
        new Staff(api, database.dataSource())
            .cohort("Export cohort " + UUID.randomUUID(), "Adams County", MS, facilitator);
    Api.Person teacher = api.signUp("Lee Leaving");
    Step step = firstReflection(MS);
    String enrollment = enrol(teacher, cohort.getString("code"));
    String submission = submit(teacher, enrollment, step);
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement off =
            connection.prepareStatement(
                "insert into reflection_settings (account_id, feedback_mail) values (?::uuid, false)")) {
      off.setString(1, teacher.id());
      off.executeUpdate();
    }
    Api.Answer given =
        api.call(
            "POST",
            "/api/reflections/" + submission + "/feedback",
            Api.object("text", "Well observed."),
            api.token(facilitator.email(), facilitator.password()));
    assertThat(given.status()).as(given.body()).isEqualTo(201);

    Api.Answer export = api.get("/api/me/export", teacher.token());

    assertThat(export.status()).as(export.body()).isEqualTo(200);
    JsonObject section = export.json().getJsonObject("reflectionNotices");
    JsonObject notice = section.getJsonArray("notices").getJsonObject(0);
    assertThat(section.getJsonArray("notices")).hasSize(1);
    assertThat(notice.getString("enrollment")).isEqualTo(enrollment);
    assertThat(notice.getString("step")).isEqualTo(step.key());
    assertThat(notice.getString("createdAt")).isNotBlank();
    assertThat(!notice.containsKey("readAt") || notice.isNull("readAt"))
        .as("not read yet")
        .isTrue();
    assertThat(section.getJsonArray("settings").getJsonObject(0).getBoolean("feedbackMail"))
        .isFalse();
    // Another teacher's export holds none of it.
    Api.Person other = api.signUp("Oli Other");
    assertThat(
            api.get("/api/me/export", other.token())
                .json()
                .getJsonObject("reflectionNotices")
                .getJsonArray("notices"))
        .isEmpty();

    Api.Answer deleted =
        api.call("DELETE", "/api/me", Api.object("password", teacher.password()), teacher.token());

    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    assertThat(rowsOf("reflection_notice", teacher.id())).isZero();
    assertThat(rowsOf("reflection_settings", teacher.id())).isZero();
  }
}
