package org.pathways.report.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;

/**
 * A small known partnership, written straight into the database (the report reads what the other
 * features recorded; how they record it is their tests' business): two districts, a cohort in each,
 * teachers enrolled, active, completed, registered and attending workshops, and one idle.
 */
abstract class ReportFixtures extends DeployedPlatform {

  static final String MS = "ms-phase-1-cs-in-math-science";
  static final String HS = "hs-phase-1-foundations";

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.diagnostics.query-count", "true",
            "pathways.identity.cache-seconds", "600",
            "pathways.demo.workshops", "false"));
  }

  String admin;

  /** Each test class runs on its own database, seeded once. */
  static boolean seeded;

  static UUID aurora;
  static UUID boulder;
  static UUID auroraCohort;
  static UUID boulderCohort;
  static UUID auroraWorkshop;

  /** The fields above belong to the database of the class being run. */
  @org.junit.jupiter.api.BeforeAll
  static void forgetTheSeed() {
    seeded = false;
  }

  void signInAdministrator() {
    admin = api.token(ADMIN, ADMIN_PASSWORD);
  }

  /** Someone with these roles (TEACHER always), through the API as an administrator would. */
  Api.Person person(String name, String... roles) {
    Api.Person person = api.signUp(name);
    if (roles.length > 0) {
      StringBuilder list = new StringBuilder("[\"TEACHER\"");
      for (String role : roles) {
        list.append(",\"").append(role).append('"');
      }
      Api.Answer changed =
          api.call(
              "PUT", "/api/users/" + person.id() + "/roles", "{\"roles\":" + list + "]}", admin);
      assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }
    return person;
  }

  void seed() throws SQLException {
    if (seeded) {
      return;
    }
    seeded = true;
    aurora = district("Aurora Public Schools", "CO");
    boulder = district("Boulder Valley", "CO");
    auroraCohort = cohort("=cmd|' /C calc'!A0", aurora);
    boulderCohort = cohort("Boulder spring", boulder);
    auroraWorkshop = workshop("middle-school", 2, "MULTI_DAY", aurora);
    UUID boulderWorkshop = workshop("middle-school", 2, "ONE_DAY", boulder);
    UUID auroraDay1 = session(auroraWorkshop, 1, "2025-06-10T15:00:00Z", "2025-06-10T22:00:00Z");
    UUID auroraDay2 = session(auroraWorkshop, 2, "2025-06-11T15:00:00Z", "2025-06-11T22:00:00Z");
    UUID boulderDay = session(boulderWorkshop, 1, "2025-05-05T15:00:00Z", "2025-05-05T23:10:00Z");

    // Alice: enrolled in Aurora, active last week, completed (20 hours), attended both days (14).
    UUID alice = teacher("Alice Active");
    UUID aliceEnrollment =
        enroll(alice, auroraCohort, "2025-02-01T10:00:00Z", "2025-06-28T10:00:00Z");
    sql(
        "update enrollment set completed_at = ?::timestamptz where id = ?",
        "2025-06-20T10:00:00Z",
        aliceEnrollment);
    sql(
        "insert into step_completion values (?, 'welcome', ?::timestamptz)",
        aliceEnrollment,
        "2025-06-28T10:00:00Z");
    sql(
        "insert into certificate (code, enrollment_id, holder_name, course_slug, course_title,"
            + " pd_hours, completed_at) values (?, ?, 'Alice Active', ?, 'MS', 20, ?::timestamptz)",
        "PW-ALIC-E000-0001",
        aliceEnrollment,
        MS,
        "2025-06-20T10:00:00Z");
    register(auroraWorkshop, alice);
    attend(auroraDay1, alice);
    attend(auroraDay2, alice);

    // Idris: enrolled in Aurora, idle since.
    enroll(teacher("Idris Idle"), auroraCohort, "2025-03-01T10:00:00Z", "2025-03-01T10:00:00Z");

    // Carmen: enrolled in Boulder, active within 30 days only; one long day, capped at 7 hours.
    UUID carmen = teacher("Carmen Boulder");
    enroll(carmen, boulderCohort, "2025-02-01T10:00:00Z", "2025-06-01T10:00:00Z");
    register(boulderWorkshop, carmen);
    attend(boulderDay, carmen);

    // Lena: enrolled after the range.
    enroll(teacher("Lena Late"), auroraCohort, "2025-08-01T10:00:00Z", "2025-08-01T10:00:00Z");
  }

  UUID district(String name, String state) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "insert into district (id, name, state, created_at) values (?, ?, ?, now())",
        id,
        name,
        state);
    return id;
  }

  UUID cohort(String name, UUID district) throws SQLException {
    return cohort(name, district, MS);
  }

  UUID cohort(String name, UUID district, String course) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "insert into cohort (id, name, district, course_slug, code, created_at, district_id)"
            + " values (?, ?, 'District', ?, ?, now(), ?)",
        id,
        name,
        MS,
        id.toString().substring(0, 8),
        district);
    return id;
  }

  UUID workshop(String program, int phase, String kind, UUID district) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "insert into workshop (id, title, program_slug, phase, kind, capacity, time_zone,"
            + " meeting_url, first_start, last_end, created_at, updated_at, district_id)"
            + " values (?, 'Workshop', ?, ?, ?, 500, 'America/Denver', 'https://meet.test/x',"
            + " '2025-05-01T00:00:00Z', '2025-06-30T00:00:00Z', now(), now(), ?)",
        id,
        program,
        phase,
        kind,
        district);
    return id;
  }

  UUID session(UUID workshop, int position, String start, String end) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "insert into workshop_session values (?, ?, ?, ?::timestamptz, ?::timestamptz, ?)",
        id,
        workshop,
        position,
        start,
        end,
        "C" + position + id.toString().substring(0, 5));
    return id;
  }

  UUID teacher(String name) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "insert into account (id, email, name, password_hash, created_at, updated_at)"
            + " values (?, ?, ?, 'x', now(), now())",
        id,
        id + "@school.test",
        name);
    sql("insert into account_role values (?, 'TEACHER')", id);
    return id;
  }

  UUID enroll(UUID teacher, UUID cohort, String at, String lastActivity) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "insert into enrollment (id, account_id, course_slug, cohort_id, enrolled_at,"
            + " last_activity_at) values (?, ?, ?, ?, ?::timestamptz, ?::timestamptz)",
        id,
        teacher,
        MS,
        cohort,
        at,
        lastActivity);
    return id;
  }

  void register(UUID workshop, UUID teacher) throws SQLException {
    sql(
        "insert into workshop_registration values (?, ?, ?, 'REGISTERED',"
            + " nextval('workshop_queue'), '2025-04-01T00:00:00Z', now())",
        UUID.randomUUID(),
        workshop,
        teacher);
  }

  void attend(UUID session, UUID teacher) throws SQLException {
    sql(
        "insert into workshop_attendance (session_id, account_id, checked_in_at, method)"
            + " values (?, ?, now(), 'CODE')",
        session,
        teacher);
  }

  void sql(String statement, Object... values) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < values.length; i++) {
        prepared.setObject(i + 1, values[i] instanceof Instant at ? Timestamp.from(at) : values[i]);
      }
      prepared.executeUpdate();
    }
  }

  /** The report's rows as JSON, asserting the status. */
  Api.Answer report(String query, String token, int status) {
    Api.Answer answer = api.get("/api/reports/programs" + query, token);
    assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(status);
    return answer;
  }

  static JsonObject phase(Api.Answer answer, String program, int phase) {
    return answer.array().stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("program").equals(program) && r.getInt("phase") == phase)
        .findFirst()
        .orElseThrow();
  }
}
