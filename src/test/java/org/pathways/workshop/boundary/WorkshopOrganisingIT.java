package org.pathways.workshop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.Workshops;

/**
 * Organising workshops through the API, and finding them: every invalid field named, capacity and
 * the waitlist, and a search sorted by distance, filtered and paged.
 */
class WorkshopOrganisingIT extends WorkshopFixtures {

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
        Workshops.elementaryOneDay(
            now.getString("title"),
            0,
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
}
