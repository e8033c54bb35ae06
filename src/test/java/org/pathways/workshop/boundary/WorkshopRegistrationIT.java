package org.pathways.workshop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZonedDateTime;
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
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.ShippedContent;

/**
 * Registering for workshops through the API: a race for the last seats, the waitlist, dates and
 * prerequisites, calendar files and the feed, and the journey through a program's phases.
 */
class WorkshopRegistrationIT extends WorkshopFixtures {

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
