package org.pathways.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;

/** GET /api/reports/programs: its figures, scopes, range, CSV, who may ask, and its cost. */
class ProgramReportsIT extends ReportFixtures {

  private static final String RANGE = "from=2025-01-01&to=2025-06-30";

  @BeforeEach
  void seedOnce() throws SQLException {
    signInAdministrator();
    seed();
  }

  private static void assertFigures(
      JsonObject row,
      int enrolled,
      int active7d,
      int active30d,
      int completed,
      int registered,
      int attended,
      String hours) {
    assertThat(row.getInt("enrolled")).as("enrolled " + row).isEqualTo(enrolled);
    assertThat(row.getInt("active7d")).as("active7d " + row).isEqualTo(active7d);
    assertThat(row.getInt("active30d")).as("active30d " + row).isEqualTo(active30d);
    assertThat(row.getInt("onlineCompleted")).as("completed " + row).isEqualTo(completed);
    assertThat(row.getInt("workshopRegistered")).as("registered " + row).isEqualTo(registered);
    assertThat(row.getInt("workshopAttended")).as("attended " + row).isEqualTo(attended);
    assertThat(row.getJsonNumber("pdHours").bigDecimalValue())
        .as("hours " + row)
        .isEqualByComparingTo(hours);
  }

  @Test
  void theWholeProgramAddsUpEveryTeacherPerPhase() {
    Api.Answer answer = report("?program=middle-school&" + RANGE, admin, 200);

    assertThat(answer.array()).hasSize(3);
    assertFigures(phase(answer, "middle-school", 1), 3, 1, 2, 1, 0, 0, "20");
    // 14 hours over two days for Alice; Carmen's 8h10 day is capped at the one-day 7.
    assertFigures(phase(answer, "middle-school", 2), 2, 0, 0, 0, 2, 2, "21");
    assertFigures(phase(answer, "middle-school", 3), 0, 0, 0, 0, 0, 0, "0");
    assertThat(phase(answer, "middle-school", 1).containsKey("district")).isFalse();
  }

  @Test
  void withoutAProgramEveryProgramsPhasesAreRows() {
    Api.Answer answer = report("?" + RANGE, admin, 200);

    assertThat(answer.array().stream().map(v -> ((JsonObject) v).getString("program")).distinct())
        .containsExactly("elementary", "middle-school", "high-school");
  }

  @Test
  void aDistrictCountsItsCohortsTeachersAndItsWorkshops() {
    Api.Answer answer =
        report("?program=middle-school&district=" + aurora + "&" + RANGE, admin, 200);

    JsonObject online = phase(answer, "middle-school", 1);
    assertFigures(online, 2, 1, 1, 1, 0, 0, "20");
    assertThat(online.getString("district")).isEqualTo(aurora.toString());
    assertThat(online.getString("districtName")).isEqualTo("Aurora Public Schools");
    assertFigures(phase(answer, "middle-school", 2), 1, 0, 0, 0, 1, 1, "14");
  }

  @Test
  void aCohortCountsItsTeachersOnly() {
    Api.Answer answer =
        report("?program=middle-school&cohort=" + boulderCohort + "&" + RANGE, admin, 200);

    JsonObject online = phase(answer, "middle-school", 1);
    assertFigures(online, 1, 0, 1, 0, 0, 0, "0");
    assertThat(online.getString("cohort")).isEqualTo(boulderCohort.toString());
    assertThat(online.getString("district")).isEqualTo(boulder.toString());
    assertFigures(phase(answer, "middle-school", 2), 1, 0, 0, 0, 1, 1, "7");
  }

  @Test
  void theRangeDecidesWhatHappenedWithinIt() {
    Api.Answer lateJune =
        report("?program=middle-school&from=2025-06-15&to=2025-06-30", admin, 200);
    Api.Answer before = report("?program=middle-school&from=2024-01-01&to=2024-12-31", admin, 200);

    // Enrolled by the end of the range; completed within it; workshops held within it only.
    assertFigures(phase(lateJune, "middle-school", 1), 3, 1, 2, 1, 0, 0, "20");
    assertFigures(phase(lateJune, "middle-school", 2), 0, 0, 0, 0, 0, 0, "0");
    assertFigures(phase(before, "middle-school", 1), 0, 0, 0, 0, 0, 0, "0");
  }

  @Test
  void csvHasTheSameRowsWithAHeaderAndNeutralisedCells() {
    Api.Answer csv =
        api.call(
            "GET",
            "/api/reports/programs?program=middle-school&cohort=" + auroraCohort + "&" + RANGE,
            null,
            admin,
            "Accept",
            "text/csv");

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("program,programTitle,phase").endsWith("pdHours");
    assertThat(lines.get(1))
        .startsWith("middle-school,")
        .contains(",'=cmd|' /C calc'!A0,")
        .endsWith(",2,1,1,1,0,0,20.00");
  }

  @Test
  void programStaffAndTheirOwnDistrictsManagersMayAskOthersMayNot() {
    Api.Person manager = person("Pat Program", "PROGRAM_MANAGER");
    Api.Person districtManager = person("Dana District", "DISTRICT_MANAGER");
    Api.Person unlisted = person("Uma Unlisted", "DISTRICT_MANAGER");
    Api.Person facilitator = person("Fay Facilitator", "FACILITATOR");
    Api.Person teacher = person("Tom Teacher");
    try {
      sql("insert into district_manager values (?, ?::uuid)", aurora, districtManager.id());
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    String dana = districtManager.token();

    report("?" + RANGE, manager.token(), 200);
    report("?district=" + boulder, admin, 200);
    // Their district is implied, named, or one of its cohorts.
    JsonObject implied =
        phase(report("?program=middle-school&" + RANGE, dana, 200), "middle-school", 1);
    assertThat(implied.getString("district")).isEqualTo(aurora.toString());
    assertThat(implied.getInt("enrolled")).isEqualTo(2);
    report("?district=" + aurora, dana, 200);
    report("?cohort=" + auroraCohort, dana, 200);
    // Another district, a cohort of it, or one that does not exist: not found.
    report("?district=" + boulder, dana, 404);
    report("?cohort=" + boulderCohort, dana, 404);
    report("?district=" + UUID.randomUUID(), dana, 404);
    report("?district=" + UUID.randomUUID(), admin, 404);
    report("?cohort=" + UUID.randomUUID(), admin, 404);
    // Not staff: refused, whatever is asked.
    report("", unlisted.token(), 403);
    report("", facilitator.token(), 403);
    report("?district=" + aurora, teacher.token(), 403);
    report("", null, 401);
  }

  @Test
  void unreadableParametersAreNamedInA400() {
    Api.Answer all =
        report("?program=astronomy&district=12&cohort=x&from=yesterday&to=2025-02-30", admin, 400);
    Api.Answer reversed = report("?from=2025-06-02&to=2025-06-01", admin, 400);
    Api.Answer elsewhere = report("?district=" + aurora + "&cohort=" + boulderCohort, admin, 400);

    assertThat(all.header("Content-Type")).startsWith("application/problem+json");
    assertThat(
            all.json().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).getString("field")))
        .containsExactlyInAnyOrder("program", "district", "cohort", "from", "to");
    assertThat(all.json().getJsonArray("errors").getJsonObject(0).getString("message"))
        .isNotBlank();
    assertThat(reversed.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("from");
    assertThat(elsewhere.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("cohort");
  }

  @Test
  void aReportCostsTheSameStatementsForAFewTeachersAndForHundreds() throws SQLException {
    // A district of its own (high school), so that the other tests' figures stay as they are.
    UUID large = district("Large County", "TX");
    UUID cohort = cohort("Large cohort", large, HS);
    UUID workshop = workshop("high-school", 2, "SUMMER", large);
    session(workshop, 1, "2025-06-02T14:00:00Z", "2025-06-02T22:00:00Z");
    session(workshop, 2, "2025-06-03T14:00:00Z", "2025-06-03T22:00:00Z");
    List<String> asks =
        List.of(
            "?" + RANGE,
            "?program=high-school&district=" + large + "&" + RANGE,
            "?cohort=" + cohort + "&" + RANGE);
    asks.forEach(ask -> report(ask, admin, 200));
    List<Integer> small = asks.stream().map(this::queries).toList();

    sql(
        "insert into account (id, email, name, password_hash, created_at, updated_at)"
            + " select gen_random_uuid(), 'seeded' || i || '@school.test', 'Seeded ' || i, 'x',"
            + " now(), now() from generate_series(1, 300) i");
    sql(
        "insert into enrollment (id, account_id, course_slug, cohort_id, enrolled_at,"
            + " last_activity_at) select gen_random_uuid(), id, ?, ?, '2025-03-01T00:00:00Z',"
            + " '2025-06-29T00:00:00Z' from account where email like 'seeded%'",
        HS, cohort);
    sql(
        "insert into workshop_registration select gen_random_uuid(), ?, id, 'REGISTERED',"
            + " nextval('workshop_queue'), '2025-04-01T00:00:00Z', now() from account"
            + " where email like 'seeded%'",
        workshop);
    sql(
        "insert into workshop_attendance (session_id, account_id, checked_in_at, method)"
            + " select s.id, a.id, now(), 'CODE' from account a, workshop_session s"
            + " where a.email like 'seeded%' and s.workshop_id = ?",
        workshop);
    List<Integer> large300 = asks.stream().map(this::queries).toList();

    assertThat(large300).isEqualTo(small);
    assertThat(small).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(10));
    JsonObject held = phase(report(asks.get(1), admin, 200), "high-school", 2);
    assertFigures(held, 300, 0, 0, 0, 300, 300, "4800");
    assertThat(phase(report(asks.get(2), admin, 200), "high-school", 1).getInt("active7d"))
        .isEqualTo(300);
  }

  private int queries(String ask) {
    return Integer.parseInt(report(ask, admin, 200).header("X-Pathways-Queries"));
  }
}
