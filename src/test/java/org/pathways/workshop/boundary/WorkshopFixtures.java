package org.pathways.workshop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.Workshops;

/**
 * The deployment and helpers that the workshop integration tests share: workshops and their
 * sessions and places made through the API, enrolling a teacher, registering, and reading the query
 * count, the reminders and the mail outbox.
 */
abstract class WorkshopFixtures extends DeployedPlatform {

  static final String HS = "hs-phase-1-foundations";

  static final ZoneId DENVER = ZoneId.of("America/Denver");

  String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url", "https://pathways.test",
            "pathways.workshops.reminder-minutes", "0",
            "pathways.diagnostics.query-count", "true",
            "pathways.demo.workshops", "false"));
  }

  /** Each test class has its own database, so its own cohort. */
  @BeforeAll
  static void forgetTheCohort() {
    cohortCode = null;
  }

  @BeforeEach
  void signInAdministrator() {
    admin = api.token(ADMIN, ADMIN_PASSWORD);
  }

  /** A day some weeks ahead, so that tests never meet the past. */
  static LocalDate ahead(int days) {
    return LocalDate.now(DENVER).plusDays(days);
  }

  static JsonArray sessions(LocalDate first, int days) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int d = 0; d < days; d++) {
      list.add(
          Json.createObjectBuilder()
              .add("start", first.plusDays(d) + "T09:00")
              .add("end", first.plusDays(d) + "T16:00"));
    }
    return list.build();
  }

  static JsonArray sessionsAt(Instant... startEnd) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i + 1 < startEnd.length; i += 2) {
      list.add(
          Json.createObjectBuilder()
              .add("start", startEnd[i].toString())
              .add("end", startEnd[i + 1].toString()));
    }
    return list.build();
  }

  static JsonObject venue(String name, String city, String zip) {
    return Json.createObjectBuilder()
        .add("venue", name)
        .add("address", "1 Main Street")
        .add("city", city)
        .add("state", zip.startsWith("1") ? "NY" : "CO")
        .add("zip", zip)
        .build();
  }

  JsonObject create(
      String title,
      String program,
      int phase,
      int capacity,
      Object place,
      JsonArray sessions,
      Object... more) {
    Object[] pairs = new Object[14 + more.length];
    Object[] base = {
      "title",
      title,
      "program",
      program,
      "phase",
      phase,
      "kind",
      phase == 2 ? "SUMMER" : "ONE_DAY",
      "capacity",
      capacity,
      "timeZone",
      "America/Denver",
      "sessions",
      sessions
    };
    System.arraycopy(base, 0, pairs, 0, 14);
    System.arraycopy(more, 0, pairs, 14, more.length);
    List<Object> all = new ArrayList<>(List.of(pairs));
    if (place instanceof JsonObject location && location.containsKey("meetingUrl")) {
      all.add("virtual");
    } else {
      all.add("location");
    }
    all.add(place);
    Api.Answer created = api.call("POST", "/api/workshops", Api.object(all.toArray()), admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  JsonObject oneDay(String title, String city, String zip, int capacity, LocalDate day) {
    return create(
        title, "elementary", 1, capacity, venue(title + " hall", city, zip), sessions(day, 1));
  }

  /** Enrols in the high-school Phase 1 course through a district cohort's code. */
  String enrolInHighSchool(Api.Person teacher) {
    if (cohortCode == null) {
      Api.Answer cohort =
          api.call(
              "POST",
              "/api/cohorts",
              Api.object("name", "HS cohort", "district", "Denver Public Schools", "course", HS),
              admin);
      assertThat(cohort.status()).as(cohort.body()).isEqualTo(201);
      cohortCode = cohort.text("code");
    }
    Api.Answer enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", HS, "code", cohortCode),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  static String cohortCode;

  Api.Answer register(String workshop, Api.Person teacher) {
    return api.call("POST", "/api/workshops/" + workshop + "/registrations", "", teacher.token());
  }

  /** Registration on its own HTTP/1.1 connection, so that 200 really arrive at once. */
  Api.Answer http1Register(String workshop, Api.Person teacher) throws Exception {
    java.net.http.HttpClient client =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    java.net.http.HttpResponse<String> response =
        client.send(
            java.net.http.HttpRequest.newBuilder(
                    Http.serverRoot(base, "/api/workshops/" + workshop + "/registrations"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + teacher.token())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
    return new Api.Answer(response);
  }

  int queries(String path) {
    Api.Answer answer = api.get(path, null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Integer.parseInt(answer.header("X-Pathways-Queries"));
  }

  int reminderRows() throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("select count(*) from workshop_reminder")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  List<String[]> outbox(String subjectLike) throws Exception {
    List<String[]> mails = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        var statement =
            connection.prepareStatement(
                "select recipient, subject, body from mail_outbox where subject like ?"
                    + " order by created_at")) {
      statement.setString(1, subjectLike);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          mails.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
        }
      }
    }
    return mails;
  }

  /** A one-session workshop starting then, with its code read by its facilitator. */
  String[] workshopWithCode(String title, Instant start) {
    Api.Person facilitator = api.signUp("Fern Facilitator");
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                title,
                5,
                "sessions",
                sessionsAt(start, start.plus(Duration.ofHours(6))),
                "location",
                venue("Code hall", "Denver", "80202"),
                "facilitators",
                Json.createArrayBuilder().add(facilitator.email()).build(),
                "registrationCloses",
                start.minus(Duration.ofMinutes(30)).toString()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    String code =
        api.get("/api/workshops/" + id, api.token(facilitator.email(), facilitator.password()))
            .json()
            .getJsonArray("sessions")
            .getJsonObject(0)
            .getString("attendanceCode");
    return new String[] {id, code};
  }
}
