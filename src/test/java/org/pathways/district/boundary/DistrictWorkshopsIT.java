package org.pathways.district.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.PageSession;
import org.pathways.testing.ServerLog;
import org.pathways.testing.Staff;
import org.pathways.testing.Workshops;

/**
 * A district manager organises the workshops of the districts they manage, through the API and the
 * organisers' pages: only there, a district required of them, another district's workshop refused
 * (403: workshops are public), and nothing left once taken off the district's list.
 */
class DistrictWorkshopsIT extends DeployedPlatform {

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

  /** A workshop body in this district ({@code null}: the field left out). */
  static String body(String title, String districtId) {
    Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
    Object[] place = {
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
          .build()
    };
    if (districtId == null) {
      return Workshops.elementaryOneDay(title, 10, place);
    }
    Object[] more = java.util.Arrays.copyOf(place, place.length + 2);
    more[place.length] = "districtId";
    more[place.length + 1] = districtId;
    return Workshops.elementaryOneDay(title, 10, more);
  }

  private Api.Answer create(String body, String token) {
    return api.call("POST", "/api/workshops", body, token);
  }

  private Api.Answer change(String id, String body, String token) {
    return api.call("PUT", "/api/workshops/" + id, body, token);
  }

  private String created(String body, String token) {
    Api.Answer answer = create(body, token);
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return answer.json().getString("id");
  }

  private static void assertDistrictRefused(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("districtId");
  }

  @Test
  void aDistrictManagerCreatesAndEditsWorkshopsInTheirDistrictOnly() {
    String north = staff.partnerDistrict("North Fork " + Staff.unique());
    String south = staff.partnerDistrict("South Fork " + Staff.unique());
    Api.Person manager = staff.districtManager(north, "Nora Manager");
    Api.Person teacher = api.signUp("Ted Teacher");
    String theirs = created(body("South workshop", south), admin);
    String nobodys = created(body("The program workshop", null), admin);

    Api.Answer made = create(body("North workshop", north), manager.token());
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    String ours = made.json().getString("id");
    assertThat(made.json().getJsonArray("sessions").getJsonObject(0).getString("attendanceCode"))
        .as("its organiser sees the codes")
        .hasSize(6);
    assertThat(api.get("/api/workshops/" + ours + "/roster", manager.token()).status())
        .isEqualTo(200);

    // A district is required of them, and only one they manage.
    assertDistrictRefused(create(body("Nowhere", null), manager.token()));
    assertDistrictRefused(create(body("Nowhere", ""), manager.token()));
    assertDistrictRefused(create(body("South", south), manager.token()));
    assertDistrictRefused(create(body("Unknown", UUID.randomUUID().toString()), manager.token()));
    assertDistrictRefused(create(body("Garbled", "not-a-uuid"), manager.token()));

    Api.Answer edited = change(ours, body("North workshop, renamed", north), manager.token());
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().getString("title")).isEqualTo("North workshop, renamed");
    Api.Answer left = change(ours, body("Left where it is", null), manager.token());
    assertThat(left.status()).as(left.body()).isEqualTo(200);
    assertThat(api.get("/api/workshops/" + ours + "/roster", manager.token()).status())
        .as("still in their district")
        .isEqualTo(200);
    assertDistrictRefused(change(ours, body("Moved away", south), manager.token()));
    assertDistrictRefused(change(ours, body("Out of every district", ""), manager.token()));

    // Another district's workshop, and one of no district: public records, so 403.
    assertThat(change(theirs, body("Taken", north), manager.token()).status()).isEqualTo(403);
    assertThat(change(theirs, body("Taken", south), manager.token()).status()).isEqualTo(403);
    assertThat(change(nobodys, body("Taken", north), manager.token()).status()).isEqualTo(403);
    assertThat(change(UUID.randomUUID().toString(), body("Ghost", north), manager.token()).status())
        .isEqualTo(404);
    assertThat(api.get("/api/workshops/" + theirs, manager.token()).json().getString("title"))
        .isEqualTo("South workshop");

    // Teachers and anonymous callers as ever; staff still move it anywhere.
    assertThat(create(body("Mine", north), teacher.token()).status()).isEqualTo(403);
    assertThat(change(ours, body("Mine", north), teacher.token()).status()).isEqualTo(403);
    assertThat(create(body("Anyone", north), null).status()).isEqualTo(401);
    assertThat(change(ours, body("Anyone", north), null).status()).isEqualTo(401);
    assertThat(create("{oops", manager.token()).status()).isEqualTo(400);
    Api.Answer moved = change(ours, body("Moved by staff", south), admin);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(change(ours, body("Back", north), manager.token()).status()).isEqualTo(403);
  }

  @Test
  void aDistrictManagerNamesTheFacilitatorsOfTheirDistrictsWorkshop() {
    String district = staff.partnerDistrict("Facilitated Fork " + Staff.unique());
    Api.Person manager = staff.districtManager(district, "Fred Manager");
    String ours = created(body("With facilitators", district), manager.token());
    String withFacilitator =
        body("With facilitators", district)
            .replaceFirst("\\}$", ",\"facilitators\":[\"fac@fork.test\"]}");

    Api.Answer named = change(ours, withFacilitator, manager.token());

    assertThat(named.status()).as(named.body()).isEqualTo(200);
    assertThat(MailedLinks.invited(database.dataSource(), "fac@fork.test")).isTrue();
  }

  @Test
  void aManagerTakenOffTheListLosesTheDistrictsWorkshopsAtTheNextRequest() {
    String district = staff.partnerDistrict("East Fork " + Staff.unique());
    Api.Person manager = staff.districtManager(district, "Lou Leaving");
    String ours = created(body("Before", district), manager.token());
    assertThat(change(ours, body("Still mine", district), manager.token()).status()).isEqualTo(200);
    PageSession open = pagesOf(manager);
    String form = open.viewState("/admin/workshop.xhtml?id=" + ours);

    assertThat(staff.setManagers(district).status()).isEqualTo(200);

    assertThat(change(ours, body("No longer", district), manager.token()).status()).isEqualTo(403);
    assertThat(create(body("No longer", district), manager.token()).status()).isEqualTo(403);
    try (ServerLog log = ServerLog.watch()) {
      HttpResponse<String> sent =
          open.post(
              "/admin/workshop.xhtml",
              "workshop=workshop&id=" + ours + "&workshop%3Atitle=No+longer&workshop%3Asave=Save",
              form);
      assertThat(sent.statusCode()).as("the form sent after the district was taken").isEqualTo(403);
      log.assertNoException();
    }
    assertThat(api.get("/api/workshops/" + ours, null).json().getString("title"))
        .isEqualTo("Still mine");
    PageSession browser = pagesOf(manager);
    assertThat(browser.get("/admin/workshop.xhtml?id=" + ours).statusCode()).isEqualTo(403);
    HttpResponse<String> list = browser.get("/admin/workshops.xhtml");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).doesNotContain("Still mine").doesNotContain("id=\"new-workshop\"");
  }

  @Test
  void theOrganisersPagesShowAManagerTheirDistrictsWorkshopsOnlyInAFixedFewQueries() {
    String west = staff.partnerDistrict("West Fork " + Staff.unique());
    String eastName = "East Branch " + Staff.unique();
    String east = staff.partnerDistrict(eastName);
    Api.Person manager = staff.districtManager(west, "Wes Manager");
    Api.Person teacher = api.signUp("Tara Teacher");
    String ours = created(body("West first", west), manager.token());
    String theirs = created(body("East own", east), admin);
    String nobodys = created(body("Nobody district", null), admin);
    PageSession browser = pagesOf(manager);
    // The first page of a session also makes the page's API token (every page carries it now):
    // the count compared is that of a page in a session already under way.
    browser.get("/admin/workshops.xhtml");

    HttpResponse<String> list = browser.get("/admin/workshops.xhtml");
    int queriesForOne =
        Integer.parseInt(list.headers().firstValue("X-Pathways-Queries").orElseThrow());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("West first", "id=\"new-workshop\"", "id=\"districts-only\"")
        .doesNotContain("East own", "Nobody district");
    created(body("West second", west), manager.token());
    created(body("West third", west), manager.token());
    HttpResponse<String> longer = browser.get("/admin/workshops.xhtml");
    assertThat(longer.body()).contains("West second", "West third");
    assertThat(Integer.parseInt(longer.headers().firstValue("X-Pathways-Queries").orElseThrow()))
        .as("the same statements whatever the number of workshops")
        .isEqualTo(queriesForOne);

    HttpResponse<String> form = browser.get("/admin/workshop.xhtml");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("value=\"" + west + "\"")
        .doesNotContain("value=\"" + east + "\"", eastName, "None (not organised");
    HttpResponse<String> edit = browser.get("/admin/workshop.xhtml?id=" + ours);
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body()).contains("West first");
    assertThat(browser.get("/admin/workshop.xhtml?id=" + theirs).statusCode()).isEqualTo(403);
    assertThat(browser.get("/admin/workshop.xhtml?id=" + nobodys).statusCode()).isEqualTo(403);
    assertThat(browser.get("/admin/workshop.xhtml?id=" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(browser.get("/workshops/workshop.xhtml?id=" + ours).body()).contains("edit-link");
    assertThat(browser.get("/workshops/workshop.xhtml?id=" + theirs).body())
        .doesNotContain("edit-link");

    PageSession teachers = pagesOf(teacher);
    try (ServerLog log = ServerLog.watch()) {
      assertThat(teachers.get("/admin/workshops.xhtml").statusCode()).isEqualTo(403);
      assertThat(teachers.get("/admin/workshop.xhtml").statusCode()).isEqualTo(403);
      assertThat(teachers.get("/admin/workshop.xhtml?id=" + ours).statusCode()).isEqualTo(403);
      assertThat(teachers.get("/workshops/roster.xhtml?id=" + ours).statusCode()).isEqualTo(403);
      log.assertNoException();
    }
    PageSession staff = PageSession.signIn(base, ADMIN, ADMIN_PASSWORD);
    assertThat(staff.get("/admin/workshops.xhtml").body())
        .contains("West first", "East own", "Nobody district")
        .doesNotContain("id=\"districts-only\"");
    assertThat(staff.get("/admin/workshop.xhtml").body())
        .contains("value=\"" + east + "\"", "None (not organised");
  }
}
