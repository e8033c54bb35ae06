package org.pathways.workshop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.Api;
import org.pathways.testing.Deployments;
import org.pathways.testing.Http;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.TestDatabases;

/**
 * Every call of the Workshops table of the API contract: organising, finding by distance,
 * registering with a waitlist (200 teachers at once for 30 seats), prerequisites across phases,
 * calendars, attendance and certificates, reminders sent once, and the journey.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopsIT {

  private static final String ADMIN = "admin@pathways.test";
  private static final String ADMIN_PASSWORD = "a long admin passphrase";
  private static final String HS = "hs-phase-1-foundations";
  private static final ZoneId DENVER = ZoneId.of("America/Denver");

  private static EmbeddedDatabase database;

  @ArquillianResource URL base;

  private Api api;
  private String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws Exception {
    database = TestDatabases.temporary();
    return Deployments.pathways(
        database.jdbcUrl(),
        Map.of(
            "pathways.admin.email", ADMIN,
            "pathways.admin.password", ADMIN_PASSWORD,
            "pathways.proxy.trusted", "true",
            "pathways.public-url", "https://pathways.test",
            "pathways.workshops.reminder-minutes", "0",
            "pathways.diagnostics.query-count", "true",
            "pathways.demo.workshops", "false"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (database != null) {
      database.close();
    }
  }

  @BeforeEach
  void awaitReady() {
    Http.awaitReady(base);
    api = new Api(base);
    admin = api.token(ADMIN, ADMIN_PASSWORD);
  }

  // ---------------------------------------------------------------- helpers

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

  private JsonObject create(
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

  private JsonObject oneDay(String title, String city, String zip, int capacity, LocalDate day) {
    return create(
        title, "elementary", 1, capacity, venue(title + " hall", city, zip), sessions(day, 1));
  }

  /** Enrols in the high-school Phase 1 course through a district cohort's code. */
  private String enrolInHighSchool(Api.Person teacher) {
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

  private static String cohortCode;

  private Api.Answer register(String workshop, Api.Person teacher) {
    return api.call("POST", "/api/workshops/" + workshop + "/registrations", "", teacher.token());
  }

  /** Registration on its own HTTP/1.1 connection, so that 200 really arrive at once. */
  private Api.Answer http1Register(String workshop, Api.Person teacher) throws Exception {
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

  private int queries(String path) {
    Api.Answer answer = api.get(path, null);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return Integer.parseInt(answer.header("X-Pathways-Queries"));
  }

  private int reminderRows() throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection.createStatement().executeQuery("select count(*) from workshop_reminder")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private List<String[]> outbox(String subjectLike) throws Exception {
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

  // ---------------------------------------------------------------- organising

  @Test
  void organisersCreateAndEditWorkshopsAndEveryInvalidFieldIsNamed() {
    Api.Person teacher = api.signUp("Tess Teacher");
    Api.Person facilitator = api.signUp("Fay Facilitator");
    String body =
        Api.object(
            "title",
            "Summer workshop in Denver",
            "program",
            "high-school",
            "phase",
            2,
            "kind",
            "SUMMER",
            "capacity",
            2,
            "timeZone",
            "America/Denver",
            "sessions",
            sessions(ahead(60), 5),
            "location",
            venue("Denver hall", "Denver", "80202"),
            "facilitators",
            Json.createArrayBuilder().add(facilitator.email()).build());

    assertThat(api.call("POST", "/api/workshops", body, null).status()).isEqualTo(401);
    assertThat(api.call("POST", "/api/workshops", body, teacher.token()).status()).isEqualTo(403);
    assertThat(api.call("POST", "/api/workshops", "{}", teacher.token()).status())
        .as("a teacher is refused before the body is checked")
        .isEqualTo(403);
    assertThat(api.call("POST", "/api/workshops", "{oops", admin).status()).isEqualTo(400);

    Api.Answer invalid =
        api.call(
            "POST",
            "/api/workshops",
            Api.object(
                "title",
                "Broken",
                "program",
                "high-school",
                "phase",
                1,
                "kind",
                "PICNIC",
                "capacity",
                0,
                "timeZone",
                "Mars/Olympus",
                "sessions",
                sessionsAt(
                    Instant.parse("2027-06-01T18:00:00Z"), Instant.parse("2027-06-01T17:00:00Z")),
                "location",
                venue("Nowhere hall", "Nowhere", "00000"),
                "facilitators",
                Json.createArrayBuilder().add("ghost at school").build()),
            admin);
    assertThat(invalid.status()).as(invalid.body()).isEqualTo(400);
    assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("phase", "kind", "capacity", "timeZone", "location.zip", "facilitators");
    assertThat(invalid.body()).contains("online only").contains("ghost at school");

    Api.Answer created = api.call("POST", "/api/workshops", body, admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonObject workshop = created.json();
    assertThat(created.header("Location")).endsWith("/api/workshops/" + workshop.getString("id"));
    assertThat(workshop.getJsonArray("sessions")).hasSize(5);
    // Stored as instants, shown with the venue's offset (Denver in summer: -06:00).
    assertThat(
            java.time.OffsetDateTime.parse(
                workshop.getJsonArray("sessions").getJsonObject(0).getString("start")))
        .isEqualTo(ahead(60).atTime(9, 0).atZone(DENVER).toOffsetDateTime());
    assertThat(workshop.getJsonObject("location").getJsonNumber("lat").doubleValue())
        .isBetween(39.7, 39.8);
    assertThat(workshop.getInt("seatsLeft")).isEqualTo(2);
    assertThat(workshop.getJsonArray("sessions").getJsonObject(0).getString("attendanceCode"))
        .as("organisers see the codes")
        .hasSize(6);
    String id = workshop.getString("id");

    // Anyone reads it, without the attendance codes.
    JsonObject read = api.get("/api/workshops/" + id, teacher.token()).json();
    assertThat(read.getJsonArray("sessions").getJsonObject(0).containsKey("attendanceCode"))
        .isFalse();
    assertThat(api.get("/api/workshops/" + id, null).status()).isEqualTo(200);
    assertThat(api.get("/api/workshops/not-a-uuid", null).status()).isEqualTo(404);
    assertThat(api.get("/api/workshops/" + java.util.UUID.randomUUID(), null).status())
        .isEqualTo(404);

    // Invited, the facilitator sees no codes until they accept; then they run it.
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    assertThat(
            api.get("/api/workshops/" + id, facilitatorToken)
                .json()
                .getJsonArray("sessions")
                .getJsonObject(0)
                .containsKey("attendanceCode"))
        .isFalse();
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    assertThat(
            api.get("/api/workshops/" + id, facilitatorToken)
                .json()
                .getJsonArray("sessions")
                .getJsonObject(0)
                .getString("attendanceCode"))
        .hasSize(6);

    // Edit: the title changes, a session is dropped; the teacher may not edit.
    String edited = body.replace("Summer workshop in Denver", "Summer institute in Denver");
    assertThat(api.call("PUT", "/api/workshops/" + id, edited, teacher.token()).status())
        .isEqualTo(403);
    Api.Answer changed = api.call("PUT", "/api/workshops/" + id, edited, admin);
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getString("title")).isEqualTo("Summer institute in Denver");
    assertThat(changed.json().getJsonArray("sessions").getJsonObject(0).getString("id"))
        .as("a rescheduled session keeps its identity")
        .isEqualTo(workshop.getJsonArray("sessions").getJsonObject(0).getString("id"));
  }

  @Test
  void capacityGrowsToMoveTheWaitlistUpButNeverDropsBelowThoseRegistered() throws Exception {
    String id = oneDay("Capacity day", "Denver", "80202", 1, ahead(30)).getString("id");
    Api.Person first = api.signUp("Cap First");
    Api.Person second = api.signUp("Cap Second");
    assertThat(register(id, first).json().getString("status")).isEqualTo("REGISTERED");
    assertThat(register(id, second).json().getString("status")).isEqualTo("WAITLISTED");

    JsonObject now = api.get("/api/workshops/" + id, admin).json();
    String asBody =
        Api.object(
            "title",
            now.getString("title"),
            "program",
            "elementary",
            "phase",
            1,
            "kind",
            "ONE_DAY",
            "capacity",
            0,
            "timeZone",
            "America/Denver",
            "sessions",
            sessions(ahead(30), 1),
            "location",
            venue("Capacity hall", "Denver", "80202"));
    Api.Answer shrink = api.call("PUT", "/api/workshops/" + id, asBody, admin);
    assertThat(shrink.status()).isEqualTo(400);
    Api.Answer grow =
        api.call(
            "PUT",
            "/api/workshops/" + id,
            asBody.replace("\"capacity\":0", "\"capacity\":2"),
            admin);
    assertThat(grow.status()).as(grow.body()).isEqualTo(200);
    assertThat(grow.json().getInt("waitlisted")).isZero();
    assertThat(
            api.get("/api/workshops/" + id, second.token())
                .json()
                .getJsonObject("mine")
                .getString("status"))
        .isEqualTo("REGISTERED");
    assertThat(outbox("A seat is yours: Capacity day"))
        .singleElement()
        .satisfies(mail -> assertThat(mail[0]).isEqualTo(second.email()));
  }

  // ---------------------------------------------------------------- finding

  @Test
  void searchIsSortedByDistanceFilteredAndPaged() {
    LocalDate day = ahead(40);
    String denver = oneDay("Find Denver", "Denver", "80202", 10, day).getString("id");
    String boulder =
        oneDay("Find Boulder", "Boulder", "80302", 10, day.plusDays(1)).getString("id");
    String newYork = oneDay("Find New York", "New York", "10001", 10, day).getString("id");
    String online =
        create(
                "Find online",
                "elementary",
                1,
                10,
                Json.createObjectBuilder()
                    .add("meetingUrl", "https://meet.example.org/find")
                    .build(),
                sessions(day, 1))
            .getString("id");

    JsonObject near =
        api.get("/api/workshops?near=80202&radiusKm=100&program=elementary", null).json();
    List<String> ids =
        near.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(w -> w.getString("id"))
            .toList();
    assertThat(ids).contains(denver, boulder, online).doesNotContain(newYork);
    assertThat(ids.indexOf(denver)).isLessThan(ids.indexOf(boulder));
    assertThat(ids.indexOf(boulder)).isLessThan(ids.indexOf(online));
    JsonObject boulderItem = near.getJsonArray("items").getJsonObject(ids.indexOf(boulder));
    assertThat(boulderItem.getJsonNumber("distanceKm").doubleValue()).isBetween(30.0, 50.0);
    assertThat(
            near.getJsonArray("items").getJsonObject(ids.indexOf(online)).containsKey("distanceKm"))
        .isFalse();
    assertThat(
            near.getJsonArray("items")
                .getJsonObject(ids.indexOf(online))
                .getJsonObject("virtual")
                .containsKey("meetingUrl"))
        .as("the meeting link is for registered teachers")
        .isFalse();

    // A city where workshops are held, and a latitude and longitude.
    assertThat(api.get("/api/workshops?near=Boulder,%20CO&radiusKm=5", null).body())
        .contains(boulder)
        .doesNotContain(denver);
    assertThat(api.get("/api/workshops?near=40.75,-73.99&radiusKm=10", null).body())
        .contains(newYork)
        .doesNotContain(denver);

    // Dates, phase and program filters.
    assertThat(
            api.get("/api/workshops?from=" + day.plusDays(1) + "&program=elementary", null).body())
        .contains(boulder)
        .doesNotContain("\"" + denver + "\"");
    assertThat(api.get("/api/workshops?program=high-school&phase=2", null).body())
        .doesNotContain(denver);

    // Without a place: by date, with paging.
    JsonObject all = api.get("/api/workshops?page=1", null).json();
    assertThat(all.getInt("pageSize")).isEqualTo(20);
    assertThat(all.getInt("total")).isGreaterThanOrEqualTo(4);
    List<String> starts =
        all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(w -> w.getJsonArray("sessions").getJsonObject(0).getString("start"))
            .map(s -> java.time.OffsetDateTime.parse(s).toInstant().toString())
            .toList();
    assertThat(starts).isSorted();
    assertThat(all.getJsonArray("items").getValuesAs(JsonObject.class))
        .as("demo workshops are off by configuration")
        .allSatisfy(w -> assertThat(w.getBoolean("demo")).isFalse());

    // A search costs the same few statements however many workshops it finds: a list of the
    // candidates' places, the page's workshops with their sessions, and their facilitators.
    int one = queries("/api/workshops?near=10001&radiusKm=10&program=elementary");
    int many = queries("/api/workshops?near=80202&radiusKm=5000");
    assertThat(many).isEqualTo(one).isLessThanOrEqualTo(5);

    Api.Answer unknown = api.get("/api/workshops?near=Atlantis", null);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).contains("Atlantis").contains("ZIP code");
    assertThat(api.get("/api/workshops?near=80202&radiusKm=0", null).status()).isEqualTo(400);
    assertThat(api.get("/api/workshops?from=yesterday", null).status()).isEqualTo(400);
  }

  // ---------------------------------------------------------------- registering

  @Test
  void twoHundredTeachersRaceForThirtySeats() throws Exception {
    String id = oneDay("Race day", "Denver", "80202", 30, ahead(50)).getString("id");
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Api.Person>> signing = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      signing.add(pool.submit(() -> api.signUp("Racer " + n)));
    }
    List<Api.Person> teachers = new ArrayList<>();
    for (Future<Api.Person> f : signing) {
      teachers.add(f.get());
    }
    pool.shutdown();

    ExecutorService racers = Executors.newFixedThreadPool(200);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Api.Answer>> answers = new ArrayList<>();
    for (Api.Person teacher : teachers) {
      answers.add(
          racers.submit(
              () -> {
                start.await();
                return http1Register(id, teacher);
              }));
    }
    start.countDown();
    List<JsonObject> results = new ArrayList<>();
    for (Future<Api.Answer> f : answers) {
      Api.Answer answer = f.get();
      assertThat(answer.status()).as(answer.body()).isEqualTo(201);
      results.add(answer.json());
    }
    racers.shutdown();

    assertThat(results.stream().filter(r -> r.getString("status").equals("REGISTERED")))
        .hasSize(30);
    List<Integer> positions =
        results.stream()
            .filter(r -> r.getString("status").equals("WAITLISTED"))
            .map(r -> r.getInt("position"))
            .sorted()
            .toList();
    assertThat(positions).hasSize(170);
    assertThat(positions)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 170).boxed().toList());

    try (Connection connection = database.dataSource().getConnection();
        var rows =
            connection.prepareStatement(
                "select status, count(*), count(distinct account_id) from workshop_registration"
                    + " where workshop_id = ?::uuid group by status")) {
      rows.setString(1, id);
      try (ResultSet r = rows.executeQuery()) {
        Map<String, Integer> counts = new java.util.HashMap<>();
        while (r.next()) {
          assertThat(r.getInt(2)).isEqualTo(r.getInt(3));
          counts.put(r.getString(1), r.getInt(2));
        }
        assertThat(counts).containsEntry("REGISTERED", 30).containsEntry("WAITLISTED", 170);
      }
      // Arrival order: the queue numbers of the waitlist follow the moments the rows were made.
      try (var order =
          connection.prepareStatement(
              "select queue_number from workshop_registration where workshop_id = ?::uuid"
                  + " order by created_at, queue_number")) {
        order.setString(1, id);
        List<Long> queue = new ArrayList<>();
        try (ResultSet r = order.executeQuery()) {
          while (r.next()) {
            queue.add(r.getLong(1));
          }
        }
        assertThat(queue).isSorted();
      }
    }
    JsonObject workshop = api.get("/api/workshops/" + id, null).json();
    assertThat(workshop.getInt("seatsLeft")).isZero();
    assertThat(workshop.getInt("waitlisted")).isEqualTo(170);
  }

  @Test
  void cancellingGivesTheSeatToTheFirstOnTheWaitlistWhoIsTold() throws Exception {
    String id = oneDay("Waitlist day", "Denver", "80202", 1, ahead(20)).getString("id");
    Api.Person ann = api.signUp("Ann Seat");
    Api.Person ben = api.signUp("Ben Wait");
    Api.Person cal = api.signUp("Cal Wait");

    assertThat(register(id, ann).status()).isEqualTo(201);
    Api.Answer benFirst = register(id, ben);
    assertThat(benFirst.json().getString("status")).isEqualTo("WAITLISTED");
    assertThat(benFirst.json().getInt("position")).isEqualTo(1);
    assertThat(register(id, cal).json().getInt("position")).isEqualTo(2);
    Api.Answer again = register(id, ben);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getInt("position")).isEqualTo(1);
    assertThat(api.call("POST", "/api/workshops/" + id + "/registrations", "", null).status())
        .isEqualTo(401);

    assertThat(
            api.call("DELETE", "/api/workshops/" + id + "/registrations/mine", null, ann.token())
                .status())
        .isEqualTo(204);
    assertThat(
            api.get("/api/workshops/" + id, ben.token())
                .json()
                .getJsonObject("mine")
                .getString("status"))
        .isEqualTo("REGISTERED");
    assertThat(
            api.get("/api/workshops/" + id, cal.token())
                .json()
                .getJsonObject("mine")
                .getInt("position"))
        .isEqualTo(1);
    assertThat(api.get("/api/workshops/" + id, ann.token()).json().containsKey("mine")).isFalse();
    assertThat(outbox("A seat is yours: Waitlist day"))
        .singleElement()
        .satisfies(
            mail -> {
              assertThat(mail[0]).isEqualTo(ben.email());
              assertThat(mail[2])
                  .contains("https://pathways.test/workshops/workshop.xhtml?id=" + id);
            });

    // Cancelling twice changes nothing; someone never registered gets 404.
    assertThat(
            api.call("DELETE", "/api/workshops/" + id + "/registrations/mine", null, ann.token())
                .status())
        .isEqualTo(204);
    Api.Person stranger = api.signUp("Dee Stranger");
    assertThat(
            api.call(
                    "DELETE",
                    "/api/workshops/" + id + "/registrations/mine",
                    null,
                    stranger.token())
                .status())
        .isEqualTo(404);
    // Registering again after cancelling goes to the back of the queue.
    assertThat(register(id, ann).json().getInt("position")).isEqualTo(2);
  }

  @Test
  void registrationOutsideItsDatesIsRefusedWithTheDate() {
    JsonObject workshop =
        create(
            "Not yet open",
            "elementary",
            1,
            5,
            venue("Early hall", "Denver", "80202"),
            sessions(ahead(90), 1),
            "registrationOpens",
            ahead(30) + "T08:00");
    Api.Person teacher = api.signUp("Eve Early");
    Api.Answer early = register(workshop.getString("id"), teacher);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.body()).contains("opens on");
    assertThat(workshop.getBoolean("registrationOpen")).isFalse();
  }

  @Test
  void phaseTwoNeedsThePhaseOneCourseAndTheRefusalLinksToIt() {
    String strict =
        create(
                "Summer strict",
                "high-school",
                2,
                10,
                venue("Strict hall", "Denver", "80202"),
                sessions(ahead(70), 5))
            .getString("id");
    String lenient =
        create(
                "Summer lenient",
                "high-school",
                2,
                10,
                venue("Lenient hall", "Denver", "80202"),
                sessions(ahead(75), 5),
                "prerequisitePercent",
                0)
            .getString("id");
    Api.Person teacher = api.signUp("Pat Prereq");

    Api.Answer refused = register(strict, teacher);
    assertThat(refused.status()).isEqualTo(409);
    JsonObject missing = refused.json().getJsonArray("errors").getJsonObject(0);
    assertThat(missing.getInt("phase")).isEqualTo(1);
    assertThat(missing.getString("course")).isEqualTo(HS);
    assertThat(missing.getString("href")).isEqualTo("/learning/course.xhtml?slug=" + HS);
    assertThat(refused.json().getString("detail")).contains("Online foundations").contains("0%");

    assertThat(register(lenient, teacher).status()).isEqualTo(201);

    // Completing the course opens the strict one.
    String enrollment = enrolInHighSchool(teacher);
    Course course = ShippedContent.course(HS);
    for (var module : course.modules()) {
      for (Step step : module.steps()) {
        assertThat(api.completeStep(teacher, enrollment, step).status()).isIn(200, 201);
      }
    }
    assertThat(register(strict, teacher).status()).isEqualTo(201);
  }

  // ---------------------------------------------------------------- calendars

  @Test
  void calendarFilesAreValidICalendarAndTheFeedCanBeReset() throws Exception {
    JsonObject workshop =
        create(
            "Calendar workshop",
            "high-school",
            2,
            10,
            Json.createObjectBuilder()
                .add("meetingUrl", "https://meet.example.org/secret-room")
                .build(),
            sessions(ahead(80), 5),
            "prerequisitePercent",
            0);
    String id = workshop.getString("id");

    Api.Answer ics = api.get("/api/workshops/" + id + "/calendar.ics", null);
    assertThat(ics.status()).isEqualTo(200);
    assertThat(ics.header("Content-Type")).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
    calendar.validate();
    List<VEvent> events = calendar.getComponents("VEVENT");
    assertThat(events).hasSize(5);
    ZonedDateTime firstStart = ahead(80).atTime(9, 0).atZone(DENVER);
    assertThat(Instant.from(events.get(0).getDateTimeStart().getDate()))
        .isEqualTo(firstStart.toInstant());
    assertThat(ics.body()).doesNotContain("secret-room");
    // A second, independent reader agrees: valid iCalendar 2.0, five events at the same instants.
    biweekly.ICalendar other = biweekly.Biweekly.parse(ics.body()).first();
    assertThat(other.validate(biweekly.ICalVersion.V2_0).isEmpty())
        .as(other.validate(biweekly.ICalVersion.V2_0).toString())
        .isTrue();
    assertThat(other.getEvents()).hasSize(5);
    assertThat(other.getEvents().get(0).getDateStart().getValue().toInstant())
        .isEqualTo(firstStart.toInstant());

    Api.Person teacher = api.signUp("Cleo Calendar");
    assertThat(register(id, teacher).status()).isEqualTo(201);
    assertThat(api.get("/api/workshops/" + id + "/calendar.ics", teacher.token()).body())
        .contains("secret-room");

    String url = api.get("/api/me/calendar-feed", teacher.token()).text("url");
    assertThat(url).startsWith("https://pathways.test/api/calendar-feeds/").endsWith(".ics");
    assertThat(api.get("/api/me/calendar-feed", teacher.token()).text("url")).isEqualTo(url);
    String path = URI.create(url).getPath();
    Api.Answer feed = api.get(path, null);
    assertThat(feed.status()).isEqualTo(200);
    Calendar mine = new CalendarBuilder().build(new StringReader(feed.body()));
    mine.validate();
    assertThat(mine.getComponents("VEVENT")).hasSize(5);

    String renewed =
        api.call("POST", "/api/me/calendar-feed/reset", "", teacher.token()).text("url");
    assertThat(renewed).isNotEqualTo(url);
    assertThat(api.get(path, null).status()).isEqualTo(404);
    assertThat(api.get(URI.create(renewed).getPath(), null).status()).isEqualTo(200);
    assertThat(api.get("/api/me/calendar-feed", null).status()).isEqualTo(401);
    assertThat(api.get("/api/calendar-feeds/short.ics", null).status()).isEqualTo(404);
  }

  // ---------------------------------------------------------------- attendance

  @Test
  void checkingInWithTheCodeEarnsCappedHoursAndACertificate() throws Exception {
    Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    Instant later = soon.plus(Duration.ofDays(7));
    Api.Person facilitator = api.signUp("Flo Facilitator");
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Api.object(
                "title",
                "Attendance day",
                "program",
                "elementary",
                "phase",
                1,
                "kind",
                "ONE_DAY",
                "capacity",
                5,
                "timeZone",
                "America/Denver",
                "sessions",
                sessionsAt(
                    soon, soon.plus(Duration.ofHours(6)), later, later.plus(Duration.ofHours(6))),
                "location",
                venue("Check-in hall", "Denver", "80202"),
                "facilitators",
                Json.createArrayBuilder().add(facilitator.email()).build(),
                "registrationCloses",
                soon.plus(Duration.ofHours(1)).toString()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().getString("id");
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());
    JsonArray sessions =
        api.get("/api/workshops/" + id, facilitatorToken).json().getJsonArray("sessions");
    String openCode = sessions.getJsonObject(0).getString("attendanceCode");
    String laterCode = sessions.getJsonObject(1).getString("attendanceCode");
    String laterSession = sessions.getJsonObject(1).getString("id");

    Api.Person teacher = api.signUp("Ida Attendee");
    Api.Person outsider = api.signUp("Oz Outsider");
    assertThat(register(id, teacher).status()).isEqualTo(201);
    String attendance = "/api/workshops/" + id + "/attendance";

    assertThat(
            api.call("POST", attendance, Api.object("code", openCode), outsider.token()).status())
        .as("only registered teachers check in")
        .isEqualTo(422);
    Api.Answer wrong = api.call("POST", attendance, Api.object("code", "ZZZZZZ"), teacher.token());
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.body()).contains("not the attendance code of a session open");
    Api.Answer notOpen =
        api.call("POST", attendance, Api.object("code", laterCode), teacher.token());
    assertThat(notOpen.status()).isEqualTo(422);
    assertThat(notOpen.body())
        .as("the code of a session not open yet is not recognised")
        .contains("not the attendance code of a session open");

    Api.Answer checkedIn =
        api.call("POST", attendance, Api.object("code", openCode.toLowerCase()), teacher.token());
    assertThat(checkedIn.status()).as(checkedIn.body()).isEqualTo(201);
    assertThat(checkedIn.json().getJsonNumber("hours").doubleValue()).isEqualTo(6.0);
    String code = checkedIn.json().getString("certificate");
    assertThat(code).startsWith("PW-");
    assertThat(api.call("POST", attendance, Api.object("code", openCode), teacher.token()).status())
        .isEqualTo(200);

    // The facilitator marks the later session: 12 hours, capped at 7 for a one-day workshop.
    String teacherId = teacher.id();
    String mark = "/api/workshops/" + id + "/sessions/" + laterSession + "/attendance/" + teacherId;
    assertThat(api.call("PUT", mark, Api.object("present", true), outsider.token()).status())
        .isEqualTo(403);
    assertThat(api.call("PUT", mark, Api.object("present", true), facilitatorToken).status())
        .isEqualTo(204);
    JsonObject certificate =
        api.get("/api/workshops/" + id + "/certificate", teacher.token()).json();
    assertThat(certificate.getString("code")).isEqualTo(code);
    assertThat(certificate.getJsonNumber("pdHours").doubleValue()).isEqualTo(7.0);
    assertThat(api.get("/api/certificates/" + code, null).status()).isEqualTo(200);
    assertThat(api.get("/api/workshops/" + id + "/certificate", outsider.token()).status())
        .isEqualTo(404);

    JsonArray roster = api.get("/api/workshops/" + id + "/roster", facilitatorToken).array();
    assertThat(roster).hasSize(1);
    assertThat(roster.getJsonObject(0).getJsonArray("attendedSessions")).hasSize(2);
    assertThat(api.get("/api/workshops/" + id + "/roster", teacher.token()).status())
        .isEqualTo(403);

    assertThat(api.call("PUT", mark, Api.object("present", false), facilitatorToken).status())
        .isEqualTo(204);
    assertThat(
            api.get("/api/workshops/" + id + "/certificate", teacher.token())
                .json()
                .getJsonNumber("pdHours")
                .doubleValue())
        .isEqualTo(6.0);
  }

  /** A one-session workshop starting then, with its code read by its facilitator. */
  private String[] workshopWithCode(String title, Instant start) {
    Api.Person facilitator = api.signUp("Fern Facilitator");
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Api.object(
                "title",
                title,
                "program",
                "elementary",
                "phase",
                1,
                "kind",
                "ONE_DAY",
                "capacity",
                5,
                "timeZone",
                "America/Denver",
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

  @Test
  void aRightCodeOutsideTheCheckInWindowCannotBeToldFromAWrongOne() {
    Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MINUTES);
    String[] workshop = workshopWithCode("Window first", nextWeek);
    Api.Person teacher = api.signUp("Wes Window");
    assertThat(register(workshop[0], teacher).status()).isEqualTo(201);
    String attendance = "/api/workshops/" + workshop[0] + "/attendance";

    Api.Answer right =
        api.call("POST", attendance, Api.object("code", workshop[1]), teacher.token());
    Api.Answer wrong = api.call("POST", attendance, Api.object("code", "ZZZZZZ"), teacher.token());

    assertThat(right.status()).isEqualTo(wrong.status()).isEqualTo(422);
    assertThat(right.body()).isEqualTo(wrong.body()).contains("a day before");
  }

  @Test
  void guessingAttendanceCodesStopsAfterTenWrongOnesForThatTeacherAndWorkshop() {
    Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    String[] workshop = workshopWithCode("Guess me", soon);
    Api.Person guesser = api.signUp("Gus Guesser");
    Api.Person honest = api.signUp("Hal Honest");
    assertThat(register(workshop[0], guesser).status()).isEqualTo(201);
    assertThat(register(workshop[0], honest).status()).isEqualTo(201);
    String attendance = "/api/workshops/" + workshop[0] + "/attendance";

    for (int i = 0; i < 10; i++) {
      String guess = String.format("ZZZZ%02d", i);
      assertThat(api.call("POST", attendance, Api.object("code", guess), guesser.token()).status())
          .isEqualTo(422);
    }
    Api.Answer eleventh =
        api.call("POST", attendance, Api.object("code", workshop[1]), guesser.token());

    assertThat(eleventh.status()).as("even the right code waits").isEqualTo(429);
    assertThat(Long.parseLong(eleventh.header("Retry-After"))).isBetween(1L, 3600L);
    assertThat(eleventh.json().getString("detail")).startsWith("Too many wrong attendance codes.");
    assertThat(
            api.call("POST", attendance, Api.object("code", workshop[1]), honest.token()).status())
        .as("another teacher of the workshop")
        .isEqualTo(201);
  }

  // ---------------------------------------------------------------- reminders

  @Test
  void remindersGoOutOnceEvenWhenSweepsRunTogether() throws Exception {
    Instant inFiveDays = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.MINUTES);
    Instant inTwoDays = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
    List<String> ids = new ArrayList<>();
    for (Instant start : List.of(inFiveDays, inTwoDays)) {
      Api.Answer created =
          api.call(
              "POST",
              "/api/workshops",
              Api.object(
                  "title",
                  "Reminder workshop " + start,
                  "program",
                  "elementary",
                  "phase",
                  1,
                  "kind",
                  "ONE_DAY",
                  "capacity",
                  5,
                  "timeZone",
                  "America/Denver",
                  "sessions",
                  sessionsAt(start, start.plus(Duration.ofHours(6))),
                  "location",
                  venue("Reminder hall", "Denver", "80202")),
              admin);
      ids.add(created.json().getString("id"));
    }
    List<Api.Person> teachers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Api.Person teacher = api.signUp("Rita Reminded " + i);
      teachers.add(teacher);
      register(ids.get(0), teacher);
      if (i < 2) {
        register(ids.get(1), teacher);
      }
    }
    Api.Person teacher = api.signUp("Not Admin");
    assertThat(api.call("POST", "/api/workshops/reminders", "", teacher.token()).status())
        .isEqualTo(403);

    int rowsBefore = reminderRows();
    ExecutorService sweeps = Executors.newFixedThreadPool(6);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> sent = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      sent.add(
          sweeps.submit(
              () -> {
                go.await();
                Api.Answer answer = api.call("POST", "/api/workshops/reminders", "", admin);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                return answer.json().getInt("sent");
              }));
    }
    go.countDown();
    int total = 0;
    for (Future<Integer> f : sent) {
      total += f.get();
    }
    sweeps.shutdown();
    // Other tests' workshops may be due too: every reminder sent is one claimed row, once.
    assertThat(total).isEqualTo(reminderRows() - rowsBefore).isGreaterThanOrEqualTo(5);
    List<String[]> mails = outbox("Reminder: Reminder workshop%");
    assertThat(mails).hasSize(5);
    assertThat(mails.stream().map(m -> m[0] + m[1]).distinct()).hasSize(5);
    assertThat(api.call("POST", "/api/workshops/reminders", "", admin).json().getInt("sent"))
        .isZero();
  }

  // ---------------------------------------------------------------- journey

  @Test
  void theJourneyShowsEveryPhaseOfTheProgram() {
    Api.Person teacher = api.signUp("Jo Journey");
    String enrollment = enrolInHighSchool(teacher);
    Step first = ShippedContent.course(HS).modules().get(0).steps().get(0);
    api.completeStep(teacher, enrollment, first);
    String summer =
        create(
                "Journey summer",
                "high-school",
                2,
                10,
                venue("Journey hall", "Denver", "80202"),
                sessions(ahead(100), 5),
                "prerequisitePercent",
                0)
            .getString("id");
    assertThat(register(summer, teacher).status()).isEqualTo(201);

    Api.Answer journey = api.get("/api/me/journey", teacher.token());
    assertThat(journey.status()).isEqualTo(200);
    JsonObject highSchool =
        journey.array().getValuesAs(JsonObject.class).stream()
            .filter(j -> j.getString("program").equals("high-school"))
            .findFirst()
            .orElseThrow();
    assertThat(highSchool.getBoolean("started")).isTrue();
    List<JsonObject> phases = highSchool.getJsonArray("phases").getValuesAs(JsonObject.class);
    assertThat(phases)
        .extracting(p -> p.getString("state"))
        .containsExactly("IN_PROGRESS", "REGISTERED", "NOT_YET_OPEN", "NOT_YET_OPEN");
    assertThat(phases.get(0).getJsonObject("online").getInt("percent")).isBetween(1, 99);
    assertThat(phases.get(1).getJsonArray("workshops").getJsonObject(0).getString("workshop"))
        .isEqualTo(summer);
    assertThat(phases.get(1).getJsonObject("nextSession").getString("start"))
        .startsWith(ahead(100).toString());
    // Phase 3 still needs the whole online course; the summer registration already counts.
    assertThat(phases.get(2).getJsonArray("missing").getValuesAs(JsonObject.class))
        .extracting(m -> m.getInt("phase"))
        .containsExactly(1);
    assertThat(api.get("/api/me/journey", null).status()).isEqualTo(401);
  }
}
