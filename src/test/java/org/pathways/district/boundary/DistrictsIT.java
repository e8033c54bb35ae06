package org.pathways.district.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.MS;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.PageSession;
import org.pathways.testing.Staff;
import org.pathways.testing.Workshops;

/**
 * A district's managers: invited by mail, effective once the owner of the address accepts; they see
 * and manage their district's cohorts and workshops and nothing of another district; taken off the
 * list or losing the role, they lose it on the next request.
 */
class DistrictsIT extends DeployedPlatform {

  private Staff staff;
  private String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  @BeforeEach
  void signInAdministrator() {
    staff = new Staff(api, database.dataSource());
    admin = staff.admin();
  }

  private static JsonArray emails(String... emails) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String email : emails) {
      list.add(email);
    }
    return list.build();
  }

  private Api.Answer setManagers(String district, String token, String... managers) {
    return api.call(
        "PUT",
        "/api/districts/" + district + "/managers",
        Api.object("emails", emails(managers)),
        token);
  }

  private String cohort(String district) {
    Api.Answer created =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object("name", "Cohort of " + district, "districtId", district, "course", MS),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("id");
  }

  private String workshop(String district) {
    Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            Workshops.elementaryOneDay(
                "District workshop",
                10,
                "sessions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("start", start.toString())
                            .add("end", start.plus(Duration.ofHours(6)).toString()))
                    .build(),
                "location",
                Json.createObjectBuilder()
                    .add("venue", "District hall")
                    .add("city", "Denver")
                    .add("state", "CO")
                    .add("zip", "80202")
                    .build(),
                "districtId",
                district),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("id");
  }

  private static List<String> ids(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.array().stream().map(d -> d.asJsonObject().getString("id")).toList();
  }

  @Test
  void anInvitedManagerGetsNothingUntilAcceptingThenSeesOnlyTheirDistrict() {
    String north = staff.partnerDistrict("North Valley " + Staff.unique());
    String south = staff.partnerDistrict("South Valley " + Staff.unique());
    Api.Person person = api.signUp("Dee Manager");

    Api.Answer invited = setManagers(north, admin, person.email());

    assertThat(invited.status()).as(invited.body()).isEqualTo(200);
    assertThat(invited.json().getJsonArray("managers")).isEmpty();
    assertThat(invited.json().getJsonArray("invited").getString(0)).isEqualTo(person.email());
    assertThat(ids(api.get("/api/districts", person.token()))).isEmpty();
    assertThat(api.get("/api/districts/" + north, person.token()).status()).isEqualTo(404);

    MailedLinks.acceptInvitation(database.dataSource(), api, person);
    String token = api.token(person.email(), person.password());

    JsonArray mine = api.get("/api/districts", token).array();
    assertThat(mine).hasSize(1);
    JsonObject district = mine.getJsonObject(0);
    assertThat(district.getString("id")).isEqualTo(north);
    assertThat(district.getString("name")).startsWith("North Valley");
    assertThat(district.getString("state")).isEqualTo("CO");
    assertThat(district.getJsonArray("managers").getString(0)).isEqualTo(person.email());
    assertThat(api.get("/api/districts/" + north, token).status()).isEqualTo(200);
    assertThat(api.get("/api/districts/" + south, token).status()).isEqualTo(404);
    assertThat(ids(api.get("/api/districts", admin))).contains(north, south);
    assertThat(api.get("/api/me", token).json().getJsonArray("roles").toString())
        .contains("DISTRICT_MANAGER");
  }

  @Test
  void aDistrictManagerSeesAndManagesTheirDistrictsCohortsAndWorkshopsOnly() {
    String north = staff.partnerDistrict("North Ridge " + Staff.unique());
    String south = staff.partnerDistrict("South Ridge " + Staff.unique());
    Api.Person manager = staff.districtManager(north, "Max Manager");
    String ours = cohort(north);
    String theirs = cohort(south);
    String ourWorkshop = workshop(north);
    String theirWorkshop = workshop(south);

    JsonObject read = api.get("/api/cohorts/" + ours, manager.token()).json();
    assertThat(read.getString("district")).startsWith("North Ridge");
    assertThat(api.get("/api/cohorts/" + theirs, manager.token()).status()).isEqualTo(404);
    // The program-wide list stays the staff's (refused as the cohort list always was: 404).
    assertThat(api.get("/api/cohorts", manager.token()).status()).isEqualTo(404);
    Api.Answer facilitators =
        api.call(
            "PUT",
            "/api/cohorts/" + ours + "/facilitators",
            Api.object("emails", emails("fac@north.test")),
            manager.token());
    assertThat(facilitators.status()).as(facilitators.body()).isEqualTo(200);
    assertThat(
            api.call(
                    "PUT",
                    "/api/cohorts/" + theirs + "/facilitators",
                    Api.object("emails", emails("fac@north.test")),
                    manager.token())
                .status())
        .isEqualTo(404);
    assertThat(api.get("/api/workshops/" + ourWorkshop + "/roster", manager.token()).status())
        .isEqualTo(200);
    assertThat(api.get("/api/workshops/" + theirWorkshop + "/roster", manager.token()).status())
        .isEqualTo(403);
    // Nothing program-wide: no cohort creation, no inquiries, no other district.
    assertThat(
            api.call(
                    "POST",
                    "/api/cohorts",
                    Api.object("name", "Own", "districtId", north, "course", MS),
                    manager.token())
                .status())
        .isEqualTo(403);
    assertThat(api.get("/api/partnership-inquiries", manager.token()).status()).isEqualTo(403);
    assertThat(setManagers(north, manager.token(), manager.email()).status()).isEqualTo(403);
  }

  @Test
  void aDistrictManagerFollowsTheProgressOfTheirDistrictsTeachersOnly() {
    String east = staff.partnerDistrict("East Mesa " + Staff.unique());
    String west = staff.partnerDistrict("West Mesa " + Staff.unique());
    Api.Person manager = staff.districtManager(east, "Mel Manager");
    String ours = cohort(east);
    String theirs = cohort(west);
    Api.Person ourTeacher = api.signUp("Olive Ours");
    Api.Person theirTeacher = api.signUp("Theo Theirs");
    String ourEnrolment = enrol(ourTeacher, ours);
    String theirEnrolment = enrol(theirTeacher, theirs);

    JsonObject cohort = api.get("/api/cohorts/" + ours, manager.token()).json();
    assertThat(cohort.getJsonArray("teachers"))
        .extracting(t -> t.asJsonObject().getString("email"))
        .containsExactly(ourTeacher.email());
    assertThat(api.get("/api/enrollments/" + ourEnrolment, manager.token()).status())
        .isEqualTo(200);
    assertThat(api.get("/api/enrollments/" + theirEnrolment, manager.token()).status())
        .isEqualTo(404);
  }

  private String enrol(Api.Person teacher, String cohort) {
    String code = api.get("/api/cohorts/" + cohort, admin).json().getString("code");
    Api.Answer enrolled =
        api.call(
            "POST", "/api/enrollments", Api.object("course", MS, "code", code), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    return enrolled.json().getString("id");
  }

  @Test
  void unknownDistrictsOfCohortsAndWorkshopsAreFieldErrors() {
    for (String unknown : List.of(UUID.randomUUID().toString(), "not-a-uuid")) {
      Api.Answer cohort =
          api.call(
              "POST",
              "/api/cohorts",
              Api.object("name", "Nowhere", "districtId", unknown, "course", MS),
              admin);
      assertThat(cohort.status()).as(cohort.body()).isEqualTo(400);
      assertThat(cohort.body()).contains("\"field\":\"districtId\"");
    }
    Api.Answer neither =
        api.call("POST", "/api/cohorts", Api.object("name", "Nowhere", "course", MS), admin);
    assertThat(neither.status()).isEqualTo(400);
    assertThat(neither.body()).contains("\"field\":\"district\"");
    Api.Answer freeText =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object("name", "Free", "district", "Elsewhere USD", "course", MS),
            admin);
    assertThat(freeText.status()).isEqualTo(201);
    assertThat(freeText.json().getString("district")).isEqualTo("Elsewhere USD");
  }

  @Test
  void takenOffTheListOrLosingTheRoleEndsTheDistrictAtTheNextRequest() {
    String district = staff.partnerDistrict("East Plains " + Staff.unique());
    String cohort = cohort(district);
    Api.Person leaving = staff.districtManager(district, "Lee Leaving");
    Api.Person losingRole = api.signUp("Rory Role");
    assertThat(setManagers(district, admin, leaving.email(), losingRole.email()).status())
        .isEqualTo(200);
    MailedLinks.acceptInvitation(database.dataSource(), api, losingRole);
    String roleToken = api.token(losingRole.email(), losingRole.password());
    assertThat(api.get("/api/cohorts/" + cohort, leaving.token()).status()).isEqualTo(200);
    assertThat(api.get("/api/cohorts/" + cohort, roleToken).status()).isEqualTo(200);

    assertThat(setManagers(district, admin, losingRole.email()).status()).isEqualTo(200);

    assertThat(api.get("/api/districts/" + district, leaving.token()).status()).isEqualTo(404);
    assertThat(api.get("/api/cohorts/" + cohort, leaving.token()).status()).isEqualTo(404);
    assertThat(ids(api.get("/api/districts", leaving.token()))).isEmpty();

    Api.Answer withdrawn =
        api.call(
            "PUT",
            "/api/users/" + losingRole.id() + "/roles",
            Api.object("roles", Json.createArrayBuilder().add("TEACHER").build()),
            admin);
    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(api.get("/api/cohorts/" + cohort, roleToken).status()).isEqualTo(404);
    assertThat(api.get("/api/districts/" + district, roleToken).status()).isEqualTo(404);
    // Given the role back, they manage nothing until invited again.
    api.call(
        "PUT",
        "/api/users/" + losingRole.id() + "/roles",
        Api.object(
            "roles", Json.createArrayBuilder().add("TEACHER").add("DISTRICT_MANAGER").build()),
        admin);
    assertThat(api.get("/api/districts/" + district, roleToken).status()).isEqualTo(404);
  }

  @Test
  void onlyStaffChangeManagersAndBadListsAreRefusedPlainly() {
    String north = staff.partnerDistrict("North Lake " + Staff.unique());
    String south = staff.partnerDistrict("South Lake " + Staff.unique());
    Api.Person manager = staff.districtManager(north, "Mo Matrix");
    Api.Person teacher = api.signUp("Tia Teacher");

    assertThat(api.get("/api/districts", null).status()).isEqualTo(401);
    assertThat(ids(api.get("/api/districts", teacher.token()))).isEmpty();
    assertThat(setManagers(north, null, teacher.email()).status()).isEqualTo(401);
    assertThat(setManagers(north, teacher.token(), teacher.email()).status()).isEqualTo(404);
    assertThat(setManagers(north, manager.token(), teacher.email()).status()).isEqualTo(403);
    assertThat(setManagers(south, manager.token(), teacher.email()).status()).isEqualTo(404);
    assertThat(setManagers(UUID.randomUUID().toString(), admin).status()).isEqualTo(404);
    Api.Answer notAddresses = setManagers(north, admin, "pat at school");
    assertThat(notAddresses.status()).isEqualTo(400);
    assertThat(notAddresses.body()).contains("pat at school", "\"field\":\"emails\"");
    assertThat(api.call("PUT", "/api/districts/" + north + "/managers", "{oops", admin).status())
        .isEqualTo(400);
    assertThat(api.get("/api/districts/" + north, manager.token()).status()).isEqualTo(200);

    PageSession managersBrowser = pagesOf(manager);
    var list = managersBrowser.get("/districts/index.xhtml");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("North Lake").doesNotContain("South Lake");
    assertThat(managersBrowser.get("/districts/district.xhtml?id=" + north).statusCode())
        .isEqualTo(200);
    assertThat(managersBrowser.get("/districts/district.xhtml?id=" + south).statusCode())
        .isEqualTo(404);
    PageSession teachersBrowser = pagesOf(teacher);
    assertThat(teachersBrowser.get("/districts/district.xhtml?id=" + north).statusCode())
        .isEqualTo(404);
    for (String unknown : List.of(UUID.randomUUID().toString(), "not-a-uuid", "")) {
      assertThat(teachersBrowser.get("/districts/district.xhtml?id=" + unknown).statusCode())
          .as(unknown)
          .isEqualTo(404);
    }
    assertThat(Http.get(Http.serverRoot(base, "/districts/index.xhtml")).statusCode())
        .isEqualTo(302);
  }
}
