package org.pathways.facilitation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.MS;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.ShippedContent;
import org.pathways.testing.Staff;

/**
 * The facilitation API: a cohort's progress (JSON and CSV) and "My cohorts", with who may read them
 * (facilitators of the cohort, managers of its district, program staff), bad input, CSV injection
 * in names, and a query count that does not grow with the cohort.
 */
class FacilitationIT extends DeployedPlatform {

  private Staff staff;
  private String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered("pathways.diagnostics.query-count", "true"));
  }

  @BeforeEach
  void signInAdministrator() {
    staff = new Staff(api, database.dataSource());
    admin = staff.admin();
  }

  /** A cohort of the middle-school course facilitated by this person, who accepts; its JSON. */
  private JsonObject cohort(String name, Api.Person facilitator) {
    return staff.cohort(name, "Aurora Public Schools", MS, facilitator);
  }

  private String enrol(Api.Person teacher, JsonObject cohort) {
    Api.Answer enrolled =
        api.call(
            "POST",
            "/api/enrollments",
            Api.object("course", MS, "code", cohort.getString("code")),
            teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  /** A fresh token: roles changed in the database are read anew. */
  private String token(Api.Person person) {
    return api.token(person.email(), person.password());
  }

  /** A district managed by this person, made directly in the database. */
  private UUID district(Api.Person manager, String name) {
    UUID id = UUID.randomUUID();
    sql("insert into district (id, name, state, created_at) values (?, ?, 'CO', now())", id, name);
    sql(
        "insert into district_manager (district_id, account_id) values (?, ?)",
        id,
        UUID.fromString(manager.id()));
    return id;
  }

  private void sql(String statement, Object... values) {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Api.Answer progress(String cohort, String token) {
    return api.get("/api/cohorts/" + cohort + "/progress", token);
  }

  @Test
  void aCohortsProgressIsReadByItsFacilitatorsItsDistrictsManagersAndStaffOnly() {
    Api.Person facilitatorA = api.signUp("Fay Facilitator");
    Api.Person facilitatorB = api.signUp("Fred Facilitator");
    JsonObject a = cohort("Aurora spring cohort", facilitatorA);
    JsonObject b = cohort("Boulder spring cohort", facilitatorB);
    String idA = a.getString("id");
    Api.Person teacher = api.signUp("Tess Teacher");
    enrol(teacher, a);
    Api.Person programManager = staff.withRoles("Pat Manager", "PROGRAM_MANAGER");
    Api.Person districtManager = staff.withRoles("Dana District", "DISTRICT_MANAGER");
    Api.Person otherManager = staff.withRoles("Otto Other", "DISTRICT_MANAGER");
    UUID aurora = district(districtManager, "Aurora Public Schools");
    district(otherManager, "Boulder Valley");
    sql("update cohort set district_id = ? where id = ?", aurora, UUID.fromString(idA));

    String fA = token(facilitatorA);
    String fB = token(facilitatorB);
    String dm = token(districtManager);
    String other = token(otherManager);
    assertThat(progress(idA, fA).status()).isEqualTo(200);
    assertThat(progress(idA, fB).status()).isEqualTo(404);
    assertThat(progress(idA, teacher.token()).status()).isEqualTo(404);
    assertThat(progress(idA, null).status()).isEqualTo(401);
    assertThat(progress(idA, token(programManager)).status()).isEqualTo(200);
    assertThat(progress(idA, admin).status()).isEqualTo(200);
    assertThat(progress(idA, dm).status()).isEqualTo(200);
    assertThat(progress(idA, other).status()).isEqualTo(404);
    assertThat(progress(UUID.randomUUID().toString(), admin).status()).isEqualTo(404);
    assertThat(progress("not-an-id", admin).status()).isEqualTo(404);
    assertThat(progress(UUID.randomUUID().toString(), null).status()).isEqualTo(401);
    assertThat(
            api.call("GET", "/api/cohorts/" + idA + "/progress", null, fB, "Accept", "text/csv")
                .status())
        .isEqualTo(404);

    // My cohorts: each sees what they support.
    assertThat(names(api.get("/api/facilitation/cohorts", fA)))
        .containsExactly(a.getString("name"));
    assertThat(names(api.get("/api/facilitation/cohorts", fB)))
        .containsExactly(b.getString("name"));
    assertThat(names(api.get("/api/facilitation/cohorts", dm)))
        .containsExactly(a.getString("name"));
    assertThat(names(api.get("/api/facilitation/cohorts", other))).isEmpty();
    assertThat(names(api.get("/api/facilitation/cohorts", admin)))
        .contains(a.getString("name"), b.getString("name"));
    assertThat(names(api.get("/api/facilitation/cohorts", token(programManager))))
        .contains(a.getString("name"), b.getString("name"));
    assertThat(api.get("/api/facilitation/cohorts", teacher.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/facilitation/cohorts", null).status()).isEqualTo(401);
  }

  private static List<String> names(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.array().stream().map(v -> v.asJsonObject().getString("name")).toList();
  }

  @Test
  void theProgressShowsEachTeacherByModuleAndWhoIsAtRiskAndWhy() {
    Api.Person facilitator = api.signUp("Flo Facilitator");
    JsonObject cohort = cohort("Progress cohort", facilitator);
    String id = cohort.getString("id");
    Api.Person busy = api.signUp("Bea Busy");
    Api.Person idle = api.signUp("Ivan Idle");
    String busyEnrollment = enrol(busy, cohort);
    String idleEnrollment = enrol(idle, cohort);
    Course course = ShippedContent.course(MS);
    Step first = course.modules().get(0).steps().get(0);
    assertThat(api.completeStep(busy, busyEnrollment, first).status()).isIn(200, 201);
    sql(
        "update enrollment set enrolled_at = now() - interval '10 days',"
            + " last_activity_at = now() - interval '10 days' where id = ?",
        UUID.fromString(idleEnrollment));
    String token = token(facilitator);

    JsonObject answer = progress(id, token).json();

    assertThat(answer.getString("cohort")).isEqualTo(id);
    assertThat(answer.getInt("inactiveDays")).isEqualTo(7);
    assertThat(answer.getJsonArray("modules")).hasSize(course.modules().size());
    assertThat(answer.getJsonArray("modules").getJsonObject(0).getString("key"))
        .isEqualTo(course.modules().get(0).key());
    JsonObject bea = teacher(answer, "Bea Busy");
    JsonObject ivan = teacher(answer, "Ivan Idle");
    assertThat(bea.getString("accountId")).isEqualTo(busy.id());
    assertThat(bea.getBoolean("atRisk")).isFalse();
    assertThat(bea.containsKey("atRiskBecause")).isFalse();
    assertThat(bea.getString("lastActivityAt")).isNotBlank();
    assertThat(bea.getJsonArray("modules").getJsonObject(0).getString("state"))
        .isIn("IN_PROGRESS", "COMPLETED");
    assertThat(bea.getJsonArray("modules").getJsonObject(0).getInt("percent")).isPositive();
    assertThat(ivan.getBoolean("atRisk")).isTrue();
    assertThat(ivan.getString("atRiskBecause"))
        .isEqualTo("No activity since enrolling 10 days ago");
    assertThat(ivan.containsKey("lastActivityAt")).isFalse();
    assertThat(ivan.getInt("percent")).isZero();

    // A longer idle time for one look; invalid ones are refused naming the field.
    JsonObject patient = api.get("/api/cohorts/" + id + "/progress?inactiveDays=30", token).json();
    assertThat(teacher(patient, "Ivan Idle").getBoolean("atRisk")).isFalse();
    for (String bad : List.of("0", "366", "abc")) {
      Api.Answer refused = api.get("/api/cohorts/" + id + "/progress?inactiveDays=" + bad, token);
      assertThat(refused.status()).as(bad).isEqualTo(400);
      assertThat(refused.json().getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("inactiveDays");
    }

    // A target date the cohort's managers set, now passed.
    LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    sql("update cohort set target_date = ? where id = ?", yesterday, UUID.fromString(id));
    JsonObject late = progress(id, token).json();
    assertThat(late.getString("targetDate")).isEqualTo(yesterday.toString());
    assertThat(late.getString("targetDateSource")).isEqualTo("COHORT");
    assertThat(teacher(late, "Bea Busy").getString("atRiskBecause"))
        .startsWith("The target date (")
        .contains("has passed with");

    // My cohorts counts them.
    JsonObject mine =
        api.get("/api/facilitation/cohorts", token).array().stream()
            .map(v -> v.asJsonObject())
            .filter(c -> c.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(mine.getInt("teachers")).isEqualTo(2);
    assertThat(mine.getInt("active7d")).isEqualTo(1);
    assertThat(mine.getInt("completed")).isZero();
    assertThat(mine.getInt("atRisk")).isEqualTo(2);
    assertThat(mine.getInt("awaitingFeedback")).isZero();
    assertThat(mine.getString("course")).isEqualTo(MS);
  }

  private static JsonObject teacher(JsonObject progress, String name) {
    JsonArray teachers = progress.getJsonArray("teachers");
    return teachers.stream()
        .map(v -> v.asJsonObject())
        .filter(t -> t.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " not in " + teachers));
  }

  @Test
  void theCsvHasAHeaderRowAndNeutralisesAFormulaInAName() {
    Api.Person facilitator = api.signUp("Cass Facilitator");
    JsonObject cohort = cohort("CSV cohort", facilitator);
    Api.Person sly = api.signUp("Sly");
    sql(
        "update account set name = ? where id = ?",
        "=HYPERLINK(\"http://x\",\"y\")",
        UUID.fromString(sly.id()));
    enrol(sly, cohort);

    Api.Answer csv =
        api.call(
            "GET",
            "/api/cohorts/" + cohort.getString("id") + "/progress",
            null,
            token(facilitator),
            "Accept",
            "text/csv");

    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("\uFEFFName,Email,Percent,Last activity,At risk,Why,");
    assertThat(lines[1]).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",");
    assertThat(lines).hasSize(2);
  }

  @Test
  void theProgressCostsTheSameQueriesForThreeTeachersAndForThreeHundred() {
    Api.Person facilitator = api.signUp("Quinn Facilitator");
    String small = cohort("Three teachers", facilitator).getString("id");
    Api.Person other = api.signUp("Ray Facilitator");
    String large = cohort("Three hundred teachers", other).getString("id");
    seed(small, 3);
    seed(large, 300);

    progress(small, admin);
    progress(large, admin);
    Api.Answer three = progress(small, admin);
    Api.Answer threeHundred = progress(large, admin);

    assertThat(three.json().getJsonArray("teachers")).hasSize(3);
    assertThat(threeHundred.json().getJsonArray("teachers")).hasSize(300);
    assertThat(three.header("X-Pathways-Queries")).isNotNull();
    assertThat(threeHundred.header("X-Pathways-Queries"))
        .isEqualTo(three.header("X-Pathways-Queries"));
    assertThat(Integer.parseInt(three.header("X-Pathways-Queries"))).isLessThanOrEqualTo(10);
    String list = api.get("/api/facilitation/cohorts", admin).header("X-Pathways-Queries");
    seed(small, 30);
    assertThat(api.get("/api/facilitation/cohorts", admin).header("X-Pathways-Queries"))
        .isEqualTo(list);
  }

  @Test
  void peopleListsCostTheSameStatementsForTwoPeopleAndForTwenty() {
    String small = cohort("Two people", api.signUp("Sol Facilitator")).getString("id");
    String large = cohort("Twenty people", api.signUp("Tam Facilitator")).getString("id");
    UUID smallDistrict = people(small, 2);
    UUID largeDistrict = people(large, 20);

    Api.Answer two = measured("/api/cohorts/" + small);
    Api.Answer twenty = measured("/api/cohorts/" + large);
    assertThat(two.json().getJsonArray("teachers")).hasSize(2);
    assertThat(twenty.json().getJsonArray("teachers")).hasSize(20);
    assertThat(twenty.json().getJsonArray("facilitators")).hasSize(21);
    assertThat(twenty.header("X-Pathways-Queries"))
        .as("a cohort's teachers and facilitators")
        .isEqualTo(two.header("X-Pathways-Queries"));

    Api.Answer twoManagers = measured("/api/districts/" + smallDistrict);
    Api.Answer twentyManagers = measured("/api/districts/" + largeDistrict);
    assertThat(twentyManagers.json().getJsonArray("managers")).hasSize(20);
    assertThat(twentyManagers.header("X-Pathways-Queries"))
        .as("a district's managers")
        .isEqualTo(twoManagers.header("X-Pathways-Queries"));
  }

  /** The answer to a second call (the first warms what is read once), with its statement count. */
  private Api.Answer measured(String path) {
    api.get(path, admin);
    Api.Answer answer = api.get(path, admin);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.header("X-Pathways-Queries")).isNotNull();
    return answer;
  }

  /**
   * This many teachers seeded into the cohort, who also facilitate it and manage a new district
   * (straight into the database); the district.
   */
  private UUID people(String cohort, int count) {
    seed(cohort, count);
    UUID id = UUID.fromString(cohort);
    sql(
        "insert into cohort_facilitator (cohort_id, account_id)"
            + " select cohort_id, account_id from enrollment where cohort_id = ?",
        id);
    UUID district = UUID.randomUUID();
    sql(
        "insert into district (id, name, state, created_at) values (?, ?, 'CO', now())",
        district,
        "District of " + count + " " + district);
    sql(
        "insert into district_manager (district_id, account_id)"
            + " select ?, account_id from enrollment where cohort_id = ?",
        district,
        id);
    return district;
  }

  /** Teachers enrolled in the cohort, each with a step done, straight into the database. */
  private void seed(String cohort, int teachers) {
    Step first = ShippedContent.course(MS).modules().get(0).steps().get(0);
    String batch = UUID.randomUUID().toString().substring(0, 8);
    sql(
        "insert into account (id, email, name, password_hash, created_at, updated_at)"
            + " select gen_random_uuid(), 'seed-' || g || '-' || ? || '@school.test',"
            + " 'Seeded Teacher ' || g, 'none', now(), now() from generate_series(1, ?) g",
        batch,
        teachers);
    sql(
        "insert into enrollment (id, account_id, course_slug, cohort_id, enrolled_at,"
            + " last_activity_at, last_step_key) select gen_random_uuid(), a.id, ?, ?,"
            + " now() - interval '20 days', now() - interval '3 days', ? from account a"
            + " where a.email like ?",
        MS,
        UUID.fromString(cohort),
        first.key(),
        "seed-%-" + batch + "@school.test");
    sql(
        "insert into step_completion (enrollment_id, step_key, completed_at)"
            + " select e.id, ?, now() - interval '3 days' from enrollment e"
            + " where e.cohort_id = ? on conflict do nothing",
        first.key(),
        UUID.fromString(cohort));
  }
}
