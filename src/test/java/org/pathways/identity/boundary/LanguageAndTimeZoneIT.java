package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.Staff;
import org.pathways.testing.Workshops;

/**
 * A teacher's language and time zone are kept in their profile: set through the API or the pages
 * (the header's switch, the one question about the time zone, the profile form), they decide the
 * language of pages, API problems and mails, and the zone times are shown in.
 */
class LanguageAndTimeZoneIT extends IdentityFixtures {

  @Test
  void aTeacherKeepsLanguageAndTimeZoneInTheProfileThroughTheApi() {
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Ana Lopez");
    assertThat(api.get("/api/me", teacher.token()).json()).doesNotContainKey("timeZone");

    Api.Answer changed =
        api.call(
            "PUT",
            "/api/me",
            Api.object("name", "Ana Lopez", "language", "es", "timeZone", "America/Chicago"),
            teacher.token());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.text("language")).isEqualTo("es");
    assertThat(changed.text("timeZone")).isEqualTo("America/Chicago");

    // Her problems are in Spanish without asking (her browser may say otherwise).
    Api.Answer missing = api.get("/api/enrollments/" + UUID.randomUUID(), teacher.token());
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.header("Content-Language")).isEqualTo("es");

    // A zone that is not a place, or a language Pathways does not speak, is refused by name
    // and changes nothing.
    Api.Answer badZone =
        api.call(
            "PUT",
            "/api/me",
            Api.object("name", "Ana Lopez", "timeZone", "Mars/Olympus_Mons"),
            teacher.token(),
            "Accept-Language",
            "en");
    assertThat(badZone.status()).isEqualTo(400);
    assertThat(badZone.body()).contains("timeZone", "Mars/Olympus_Mons");
    Api.Answer badLanguage =
        api.call(
            "PUT", "/api/me", Api.object("name", "Ana Lopez", "language", "fr"), teacher.token());
    assertThat(badLanguage.status()).isEqualTo(400);
    assertThat(badLanguage.body()).contains("language");
    Api.Answer kept = api.get("/api/me", teacher.token());
    assertThat(kept.text("language")).isEqualTo("es");
    assertThat(kept.text("timeZone")).isEqualTo("America/Chicago");

    // A profile change that does not name them keeps both.
    api.call("PUT", "/api/me", Api.object("name", "Ana L. Lopez"), teacher.token());
    assertThat(api.get("/api/me", teacher.token()).text("timeZone")).isEqualTo("America/Chicago");
  }

  @Test
  void aTeacherWhoReadsSpanishIsMailedInSpanish() throws Exception {
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Luz Rivera");
    api.call("PUT", "/api/me", Api.object("name", "Luz Rivera", "language", "es"), teacher.token());

    PageVisitor visitor = new PageVisitor(base);
    visitor.submit("/identity/forgot.xhtml", "forgot", "submit", "email", teacher.email());
    String mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    query(
                            "select subject || '\n' || body from mail_outbox where recipient = ?"
                                + " order by id desc limit 1",
                            teacher.email())
                        .stream()
                        .findFirst()
                        .orElse(null),
                found -> found != null);
    assertThat(mail)
        .startsWith("Restablezca su contraseña de Pathways")
        .contains("Hola, Luz Rivera:");
  }

  @Test
  void theTimeZoneIsAskedOnceAndTheLanguageSwitchFollowsTheTeacherToAnotherBrowser()
      throws Exception {
    Api api = new Api(base);
    Api.Person teacher = api.signUp("Sam Okafor");
    try (Browser browser = Browser.open()) {
      ChromeDriver page = browser.driver();
      signedIn(browser, teacher);
      assertThat(page.findElements(By.id("time-zone-ask"))).hasSize(1);
      browser.assertAccessible();

      // By keyboard: the list, a zone typed by its name, then the button.
      browser.tabTo("time-zone-ask-zone");
      browser.type("Central");
      browser.tabTo("time-zone-ask-save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.findElements(By.id("time-zone-ask")).isEmpty());
      assertThat(api.get("/api/me", teacher.token()).text("timeZone")).isEqualTo("America/Chicago");

      page.get(page("/identity/profile.xhtml"));
      assertThat(page.findElements(By.id("time-zone-ask"))).as("asked once").isEmpty();
      assertThat(page.findElement(By.id("profile:time-zone")).getAttribute("value"))
          .isEqualTo("America/Chicago");

      browser.tabTo("language-es");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> "es".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
      assertThat(api.get("/api/me", teacher.token()).text("language")).isEqualTo("es");
      browser.assertAccessible();
    }
    try (Browser another = Browser.open()) {
      signedIn(another, teacher);
      assertThat(another.driver().findElement(By.tagName("html")).getAttribute("lang"))
          .as("her profile's language, in a browser that never chose")
          .isEqualTo("es");
    }
  }

  @Test
  void theTimeZoneQuestionIsAnsweredOnlyByASignedInTeacherWithAZone() throws Exception {
    Api api = new Api(base);
    assertThat(new PageVisitor(base).form("/time-zone", "zone=UTC").statusCode()).isEqualTo(401);

    Api.Person teacher = api.signUp("Kim Tran");
    PageVisitor pages = new PageVisitor(base);
    pages.signIn(teacher.email(), teacher.password());
    assertThat(pages.form("/time-zone", "zone=Mars%2FOlympus_Mons&back=%2F").statusCode())
        .isEqualTo(400);
    var kept = pages.form("/time-zone", "keep=UTC&zone=America%2FDenver&back=%2Fcatalog%2F");
    assertThat(kept.statusCode()).isEqualTo(303);
    assertThat(api.get("/api/me", teacher.token()).text("timeZone")).isEqualTo("UTC");
  }

  @Test
  void courseOutlinesAndStepsComeInTheReadersLanguageWhereTranslated() {
    Api api = new Api(base);
    Api.Answer outline =
        api.call("GET", "/api/courses/" + K5, null, null, "Accept-Language", "es-US,es;q=0.9");
    assertThat(outline.status()).isEqualTo(200);
    assertThat(outline.text("lang")).isEqualTo("es");
    assertThat(outline.text("title")).startsWith("Ciencias de la computación");
    assertThat(outline.header("Vary")).contains("Accept-Language");
    Api.Answer untranslated =
        api.call(
            "GET",
            "/api/courses/ms-phase-1-cs-in-math-science",
            null,
            null,
            "Accept-Language",
            "es");
    assertThat(untranslated.text("lang")).isEqualTo("en");

    Api.Person teacher = api.signUp("Rosa Diaz");
    Api.Answer enrolled =
        api.call("POST", "/api/enrollments", Api.object("course", K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    String step = "/api/courses/" + K5 + "/steps/welcome-to-the-workshop";
    Api.Answer english = api.call("GET", step, null, teacher.token(), "Accept-Language", "en");
    assertThat(english.text("lang")).isEqualTo("en");
    assertThat(english.text("title")).isEqualTo("Welcome to the workshop");

    api.call("PUT", "/api/me", Api.object("name", "Rosa Diaz", "language", "es"), teacher.token());
    Api.Answer spanish = api.call("GET", step, null, teacher.token(), "Accept-Language", "en");
    assertThat(spanish.text("lang")).as("her profile's language").isEqualTo("es");
    assertThat(spanish.text("title")).isEqualTo("Le damos la bienvenida al taller");
    assertThat(spanish.header("ETag")).isNotEqualTo(english.header("ETag"));

    // Her reflection journal: its headings and prompts in Spanish.
    String enrollment = enrolled.text("id");
    Api.Answer journal =
        api.call(
            "GET",
            "/api/enrollments/" + enrollment + "/reflections/journal",
            null,
            teacher.token(),
            "Accept",
            "text/markdown");
    assertThat(journal.status()).as(journal.body()).isEqualTo(200);
    assertThat(journal.body())
        .startsWith("# Diario de reflexiones: ")
        .contains("Ciencias de la computación", "Todavía no");
  }

  @Test
  void teachersInTwoZonesSeeAPostAtTheirOwnTimeAndADenverWorkshopAtDenversTimeBesideTheirs()
      throws Exception {
    Api api = new Api(base);
    ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
    ZoneId newYork = ZoneId.of("America/New_York");
    Api.Person west = api.signUp("Lee West");
    Api.Person east = api.signUp("Ari East");
    api.call(
        "PUT",
        "/api/me",
        Api.object("name", "Lee West", "timeZone", "America/Los_Angeles"),
        west.token());
    api.call(
        "PUT",
        "/api/me",
        Api.object("name", "Ari East", "timeZone", "America/New_York"),
        east.token());

    Api.Answer thread =
        api.call(
            "POST",
            "/api/forum/spaces/community/threads",
            Api.object("title", "What time is it there?", "body", "Posted once, read twice."),
            west.token());
    assertThat(thread.status()).as(thread.body()).isEqualTo(201);
    String id = thread.text("id");
    Instant posted =
        Instant.parse(
            api.get("/api/forum/threads/" + id, west.token())
                .json()
                .getJsonArray("posts")
                .getJsonObject(0)
                .getString("createdAt"));
    String seenWest = Times.dateTime(posted, new Reader(Locale.ENGLISH, losAngeles));
    String seenEast = Times.dateTime(posted, new Reader(Locale.ENGLISH, newYork));
    assertThat(seenWest).isNotEqualTo(seenEast).matches(".* P[SD]T");
    assertThat(pagesOf(west).get("/forum/thread.xhtml?id=" + id).body()).contains(seenWest);
    assertThat(pagesOf(east).get("/forum/thread.xhtml?id=" + id).body()).contains(seenEast);

    // A workshop in Denver: Denver's time, and the New York teacher's beside it.
    Instant start = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
    Instant end = start.plus(Duration.ofHours(6));
    Api.Answer workshop =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                "Denver time workshop",
                12,
                "sessions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("start", start.toString())
                            .add("end", end.toString()))
                    .build(),
                "location",
                Json.createObjectBuilder()
                    .add("venue", "Denver hall")
                    .add("city", "Denver")
                    .add("state", "CO")
                    .add("zip", "80202")
                    .build()),
            new Staff(api, database.dataSource()).admin());
    assertThat(workshop.status()).as(workshop.body()).isEqualTo(201);
    String shown =
        Times.session(
            start, end, ZoneId.of("America/Denver"), false, new Reader(Locale.ENGLISH, newYork));
    assertThat(shown).contains("your time").matches(".* M[SD]T \\(.* E[SD]T your time\\)");
    assertThat(pagesOf(east).get("/workshops/workshop.xhtml?id=" + workshop.text("id")).body())
        .contains(shown);
  }

  private static final String K5 = "k5-online-workshop";
}
