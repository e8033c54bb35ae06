package org.pathways.transcript.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Workshops;

/**
 * A teacher's PD transcript: the course and the workshop they finished, with the hours of their
 * certificates, as JSON, CSV and a tagged PDF whose code anyone can check; bad ranges refused in
 * plain words; the page by keyboard, axe clean.
 */
class TranscriptIT extends DeployedPlatform {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  private String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url", "https://pathways.test",
            "pathways.workshops.reminder-minutes", "0",
            "pathways.demo.workshops", "false"));
  }

  /** A range around today wide enough for a workshop tomorrow, whatever the school year. */
  private static String range() {
    LocalDate today = LocalDate.now(DENVER);
    return "from=" + today.minusDays(2) + "&to=" + today.plusDays(30);
  }

  @Test
  void aTranscriptListsTheCourseAndTheWorkshopWithTheHoursOfTheirCertificates() throws Exception {
    admin = api.token(ADMIN, ADMIN_PASSWORD);
    Api.Person teacher = api.signUp("Tess Transcript");
    Course course = ShippedContent.course(ShippedContent.K5);
    String courseCertificate = completeCourse(teacher, course);
    String workshopCertificate = attendWorkshop(teacher, "Transcript day");

    Api.Answer answer = api.get("/api/me/transcript?" + range(), teacher.token());
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonObject transcript = answer.json();
    assertThat(transcript.getString("name")).isEqualTo("Tess Transcript");
    JsonArray items = transcript.getJsonArray("items");
    assertThat(items).hasSize(2);
    JsonObject courseLine = find(items, "COURSE");
    assertThat(courseLine.getString("certificateCode")).isEqualTo(courseCertificate);
    assertThat(courseLine.getString("title")).isEqualTo(course.title());
    assertThat(courseLine.getString("provider")).isEqualTo("Pathways");
    assertThat(courseLine.getString("startedOn")).isNotBlank();
    assertThat(courseLine.getString("verifyUrl"))
        .isEqualTo("https://pathways.test/certificates/verify.xhtml?code=" + courseCertificate);
    assertThat(courseLine.getJsonNumber("hours").bigDecimalValue())
        .isEqualByComparingTo(course.pdHours());
    JsonObject workshopLine = find(items, "WORKSHOP");
    assertThat(workshopLine.getString("certificateCode")).isEqualTo(workshopCertificate);
    assertThat(workshopLine.getInt("phase")).isEqualTo(1);
    JsonArray sessions = workshopLine.getJsonArray("sessions");
    assertThat(sessions).hasSize(2);
    BigDecimal sessionHours =
        sessions.getValuesAs(JsonObject.class).stream()
            .map(s -> s.getJsonNumber("hours").bigDecimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    JsonObject certificate = api.get("/api/certificates/" + workshopCertificate, null).json();
    assertThat(workshopLine.getJsonNumber("hours").bigDecimalValue())
        .as("capped at the one-day workshop's 7 hours, like its certificate")
        .isEqualByComparingTo(sessionHours)
        .isEqualByComparingTo(certificate.getJsonNumber("pdHours").bigDecimalValue())
        .isEqualByComparingTo("7");
    assertThat(transcript.getJsonNumber("totalHours").bigDecimalValue())
        .isEqualByComparingTo(course.pdHours().add(new BigDecimal("7")));
    assertThat(transcript.containsKey("code")).as("no PDF made yet").isFalse();

    HttpResponse<String> csv = download(teacher, "text/csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    List<String> rows = List.of(csv.body().split("\r\n"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).contains("kind,title,provider,program,phase");
    assertThat(csv.body()).contains(courseCertificate, workshopCertificate);

    String code = pdfCode(teacher);
    assertThat(pdfCode(teacher)).as("the same range keeps its code").isEqualTo(code);
    assertThat(api.get("/api/me/transcript?" + range(), teacher.token()).json().getString("code"))
        .isEqualTo(code);

    Api.Answer checked = api.get("/api/transcripts/" + code.toLowerCase(), null);
    assertThat(checked.status()).as(checked.body()).isEqualTo(200);
    assertThat(checked.json().getString("name")).isEqualTo("Tess Transcript");
    assertThat(checked.json().getJsonArray("items")).isEqualTo(items);
    assertThat(checked.json().getJsonNumber("totalHours"))
        .isEqualTo(transcript.getJsonNumber("totalHours"));
    String page = Http.get(Http.serverRoot(base, "/transcript/verify.xhtml?code=" + code)).body();
    assertThat(page).contains("Tess Transcript", courseCertificate, workshopCertificate);

    Api.Answer unknown = api.get("/api/transcripts/TR-AAAA-BBBB-CCCC", null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("No transcript has this code");
    assertThat(
            Http.get(Http.serverRoot(base, "/transcript/verify.xhtml?code=TR-AAAA-BBBB-CCCC"))
                .body())
        .contains("No transcript has this code");

    Api.Answer other = api.get("/api/me/transcript?" + range(), api.signUp("Otto Other").token());
    assertThat(other.json().getJsonArray("items")).as("only the caller's own").isEmpty();

    Api.Answer revoked =
        api.call(
            "POST",
            "/api/admin/certificates/" + courseCertificate + "/revocation",
            Api.object("reason", "Issued in error"),
            admin);
    assertThat(revoked.status()).as(revoked.body()).isIn(200, 204);
    JsonObject afterRevocation = api.get("/api/transcripts/" + code, null).json();
    assertThat(afterRevocation.getJsonArray("items"))
        .as("a revoked certificate no longer counts, on the check too")
        .extracting(item -> ((JsonObject) item).getString("certificateCode"))
        .containsExactly(workshopCertificate);
    assertThat(afterRevocation.getJsonNumber("totalHours").bigDecimalValue())
        .isEqualByComparingTo("7");
  }

  @Test
  void aRangeThatCannotBeReadIsRefusedInPlainWordsAndStrangersAreAskedToSignIn() {
    Api.Person teacher = api.signUp("Rae Range");
    Api.Answer unreadable =
        api.get("/api/me/transcript?from=last-year&to=2027-13-01", teacher.token());
    assertThat(unreadable.status()).isEqualTo(400);
    assertThat(unreadable.body()).contains("year-month-day", "\"from\"", "\"to\"");
    Api.Answer backwards =
        api.get("/api/me/transcript?from=2027-06-30&to=2026-07-01", teacher.token());
    assertThat(backwards.status()).isEqualTo(400);
    assertThat(backwards.body()).contains("The first day comes after the last day.");
    Api.Answer schoolYear = api.get("/api/me/transcript", teacher.token());
    assertThat(schoolYear.status()).isEqualTo(200);
    LocalDate from = LocalDate.parse(schoolYear.json().getString("from"));
    assertThat(from.getMonthValue()).isEqualTo(7);
    assertThat(from.getDayOfMonth()).isEqualTo(1);
    assertThat(api.get("/api/me/transcript", null).status()).isEqualTo(401);
    assertThat(
            Http.send(
                    HttpRequest.newBuilder(Http.serverRoot(base, "/transcript/transcript.pdf"))
                        .build())
                .statusCode())
        .as("the page's download sends strangers to sign in")
        .isEqualTo(302);
  }

  @Test
  void theTranscriptPageWorksByKeyboardAndIsAccessible() throws Exception {
    Api.Person teacher = api.signUp("Kit Keyboard");
    completeCourse(teacher, ShippedContent.course(ShippedContent.K5));
    Path downloads = Files.createTempDirectory("transcript-downloads-");
    try (Browser browser = Browser.open()) {
      browser.downloadsTo(downloads);
      signedIn(browser, teacher);
      browser.driver().get(page("/transcript/index.xhtml"));
      assertThat(browser.driver().findElement(By.id("transcript-table")).getText())
          .contains(ShippedContent.course(ShippedContent.K5).title());
      browser.assertAccessible();
      browser.assertNoCspViolations();

      browser.tabTo("from");
      browser.type("2027-13-40");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> !d.findElements(By.id("from-error")).isEmpty());
      assertThat(browser.driver().findElement(By.id("from-error")).getText())
          .contains("year-month-day");
      browser.assertAccessible();

      browser.driver().get(page("/transcript/index.xhtml"));
      browser.tabTo("transcript-pdf");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> pdfIn(downloads) != null);
      Path pdf = pdfIn(downloads);
      String code;
      try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
        assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        code = codeIn(new PDFTextStripper().getText(document));
      }
      browser.driver().get(page("/transcript/index.xhtml"));
      assertThat(browser.driver().findElement(By.id("transcript-code")).getText()).contains(code);

      browser.driver().get(page("/transcript/verify.xhtml"));
      browser.tabTo("code");
      browser.type(code);
      browser.press(Keys.ENTER);
      browser.waitFor(d -> !d.findElements(By.id("verified-name")).isEmpty());
      assertThat(browser.driver().findElement(By.id("verified-name")).getText())
          .isEqualTo("Kit Keyboard");
      browser.assertAccessible();
    }
  }

  private static Path pdfIn(Path folder) {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).findFirst().orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  private String completeCourse(Api.Person teacher, Course course) {
    Api.Answer enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", course.slug()), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    String enrollment = enrolled.text("id");
    for (CourseModule module : course.modules()) {
      for (Step step : module.steps()) {
        Api.Answer done = api.completeStep(teacher, enrollment, step);
        assertThat(done.status()).as(step.key() + ": " + done.body()).isIn(200, 201);
      }
    }
    return api.get("/api/enrollments/" + enrollment + "/certificate", teacher.token()).text("code");
  }

  /** Two six-hour sessions, tomorrow and the day after, both marked attended by an organiser. */
  private String attendWorkshop(Api.Person teacher, String title) {
    Instant first = LocalDate.now(DENVER).plusDays(1).atTime(9, 0).atZone(DENVER).toInstant();
    Instant second = first.plus(Duration.ofDays(1));
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                title,
                10,
                "sessions",
                Workshops.sessions(
                    first,
                    first.plus(Duration.ofHours(6)),
                    second,
                    second.plus(Duration.ofHours(6))),
                "location",
                Workshops.denverHall(title + " hall")),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject workshop = created.json();
    String id = workshop.getString("id");
    Api.Answer registered =
        api.call("POST", "/api/workshops/" + id + "/registrations", "", teacher.token());
    assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    for (JsonObject session :
        api.get("/api/workshops/" + id, admin)
            .json()
            .getJsonArray("sessions")
            .getValuesAs(JsonObject.class)) {
      Api.Answer marked =
          api.call(
              "PUT",
              "/api/workshops/"
                  + id
                  + "/sessions/"
                  + session.getString("id")
                  + "/attendance/"
                  + teacher.id(),
              Api.object("present", true),
              admin);
      assertThat(marked.status()).as(marked.body()).isEqualTo(204);
    }
    return api.get("/api/workshops/" + id + "/certificate", teacher.token()).text("code");
  }

  private HttpResponse<String> download(Api.Person teacher, String type) {
    return Http.send(
        HttpRequest.newBuilder(Http.serverRoot(base, "/api/me/transcript?" + range()))
            .header("Authorization", "Bearer " + teacher.token())
            .header("Accept", type)
            .build());
  }

  /** Downloads the PDF through the API, checks it is tagged, and reads its transcript code. */
  private String pdfCode(Api.Person teacher) throws IOException {
    HttpResponse<byte[]> pdf =
        Http.bytes(
            HttpRequest.newBuilder(Http.serverRoot(base, "/api/me/transcript?" + range()))
                .header("Authorization", "Bearer " + teacher.token())
                .header("Accept", "application/pdf")
                .build());
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      return codeIn(new PDFTextStripper().getText(document));
    }
  }

  private static String codeIn(String text) {
    Matcher code = Pattern.compile("TR(-[A-Z2-9]{4}){3}").matcher(text);
    assertThat(code.find()).as(text).isTrue();
    return code.group();
  }

  private static JsonObject find(JsonArray items, String kind) {
    return items.getValuesAs(JsonObject.class).stream()
        .filter(item -> item.getString("kind").equals(kind))
        .findFirst()
        .orElseThrow();
  }
}
