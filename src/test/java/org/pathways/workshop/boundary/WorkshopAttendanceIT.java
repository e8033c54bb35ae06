package org.pathways.workshop.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.Workshops;

/**
 * Attending workshops: checking in with the code for capped hours and a certificate, the check-in
 * window, guessing codes, and reminders that go out once.
 */
class WorkshopAttendanceIT extends WorkshopFixtures {

  @Test
  void checkingInWithTheCodeEarnsCappedHoursAndACertificate() throws Exception {
    Instant soon = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
    Instant later = soon.plus(Duration.ofDays(7));
    Api.Person facilitator = api.signUp("Flo Facilitator");
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                "Attendance day",
                5,
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
    var pdf =
        org.pathways.testing.PageSession.signIn(base, teacher.email(), teacher.password())
            .bytes("/workshops/certificate.pdf?id=" + id);
    assertThat(pdf.statusCode()).isEqualTo(200);
    org.pathways.testing.PdfUa.assertTagged("the downloaded workshop certificate", pdf.body());
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
              Workshops.elementaryOneDay(
                  "Reminder workshop " + start,
                  5,
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
}
