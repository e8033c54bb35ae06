package org.pathways.cohort.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pathways.testing.ShippedContent.MS;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.pathways.testing.Api;
import org.pathways.testing.Browser;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.MailedLinks;
import org.pathways.testing.PageSession;
import org.pathways.testing.Workshops;

/**
 * Who facilitates a cohort: invited by mail, effective only once the owner of the address accepts,
 * ended at once when taken off the list or when the FACILITATOR role is withdrawn (security review
 * findings 3 and 4).
 */
class CohortFacilitatorsIT extends DeployedPlatform {

  private String admin;

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(administered());
  }

  @BeforeEach
  void signInAdministrator() {
    admin = api.token(ADMIN, ADMIN_PASSWORD);
  }

  private JsonObject cohort(String... facilitators) {
    return named("Aurora spring cohort", facilitators);
  }

  private JsonObject named(String name, String... facilitators) {
    Api.Answer created =
        api.call(
            "POST",
            "/api/cohorts",
            Api.object(
                "name",
                name,
                "district",
                "Aurora Public Schools",
                "course",
                MS,
                "facilitators",
                emails(facilitators).build()),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json();
  }

  private static JsonArrayBuilder emails(String... emails) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String email : emails) {
      list.add(email);
    }
    return list;
  }

  private Api.Answer setFacilitators(String cohort, String token, String... facilitators) {
    return api.call(
        "PUT",
        "/api/cohorts/" + cohort + "/facilitators",
        Api.object("emails", emails(facilitators).build()),
        token);
  }

  /** What a facilitator reaches: the cohort, its shared reflections, its forum space. */
  private void assertReaches(Api.Person person, String cohort, int status) {
    String token = api.token(person.email(), person.password());
    for (String path :
        java.util.List.of(
            "/api/cohorts/" + cohort,
            "/api/cohorts/" + cohort + "/reflections",
            "/api/forum/spaces/cohort:" + cohort + "/threads")) {
      Api.Answer answer = api.get(path, token);
      assertThat(answer.status())
          .as(person.name() + " " + path + ": " + answer.body())
          .isEqualTo(status);
    }
  }

  @Test
  void whoeverSignedUpFirstWithAFacilitatorsAddressReceivesNothingWithoutTheMailedLink() {
    // Someone opened an account with the future facilitator's address before she did.
    Api.Person squatter = api.signUp("Sam Squatter");
    Api.Person colleague = api.signUp("Cole Colleague");
    String id = cohort(squatter.email()).getString("id");

    assertThat(api.get("/api/me", squatter.token()).json().getJsonArray("roles"))
        .extracting(role -> ((JsonString) role).getString())
        .doesNotContain("FACILITATOR");
    assertReaches(squatter, id, 404);
    JsonObject read = api.get("/api/cohorts/" + id, admin).json();
    assertThat(read.getJsonArray("facilitators")).isEmpty();
    assertThat(read.getJsonArray("invited").getString(0)).isEqualTo(squatter.email());

    // The link went to the address's mailbox; another account holding it is refused.
    String secret = MailedLinks.invitation(database.dataSource(), squatter.email());
    Api.Answer byOther =
        api.call("POST", "/api/me/invitations", Api.object("token", secret), colleague.token());
    Api.Answer guessed =
        api.call(
            "POST",
            "/api/me/invitations",
            Api.object("token", "a-guess-at-the-secret"),
            squatter.token());
    Api.Answer signedOut =
        api.call("POST", "/api/me/invitations", Api.object("token", secret), null);

    assertThat(byOther.status()).as(byOther.body()).isEqualTo(403);
    assertThat(byOther.body()).contains("another email address");
    assertThat(guessed.status()).isEqualTo(404);
    assertThat(signedOut.status()).isEqualTo(401);
    assertReaches(colleague, id, 404);
    assertReaches(squatter, id, 404);
  }

  @Test
  void theOwnerOfTheAddressAcceptsOnceAndFacilitatesTheCohort() {
    Api.Person facilitator = api.signUp("Fay Facilitator");
    String id = cohort(facilitator.email().toUpperCase(java.util.Locale.ROOT)).getString("id");
    String secret = MailedLinks.invitation(database.dataSource(), facilitator.email());

    Api.Answer accepted =
        api.call("POST", "/api/me/invitations", Api.object("token", secret), facilitator.token());
    Api.Answer again =
        api.call("POST", "/api/me/invitations", Api.object("token", secret), facilitator.token());

    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().getString("scope")).isEqualTo("cohort");
    assertThat(accepted.json().getString("id")).isEqualTo(id);
    assertThat(again.status()).isEqualTo(200);
    assertReaches(facilitator, id, 200);
    JsonObject read = api.get("/api/cohorts/" + id, admin).json();
    assertThat(read.getJsonArray("facilitators").getJsonObject(0).getString("email"))
        .isEqualTo(facilitator.email());
    assertThat(read.getJsonArray("invited")).isEmpty();
  }

  @Test
  void aFacilitatorTakenOffTheListLosesTheCohortItsReflectionsAndItsForumAtTheNextRequest() {
    Api.Person leaving = api.signUp("Lee Leaving");
    Api.Person staying = api.signUp("Stu Staying");
    Api.Person added = api.signUp("Ada Added");
    String id = cohort(leaving.email(), staying.email()).getString("id");
    MailedLinks.acceptInvitation(database.dataSource(), api, leaving);
    MailedLinks.acceptInvitation(database.dataSource(), api, staying);
    String leavingToken = api.token(leaving.email(), leaving.password());
    assertThat(api.get("/api/cohorts/" + id, leavingToken).status()).isEqualTo(200);

    Api.Answer changed = setFacilitators(id, admin, staying.email(), added.email());

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().getJsonArray("facilitators"))
        .extracting(f -> f.asJsonObject().getString("email"))
        .containsExactly(staying.email());
    assertThat(changed.json().getJsonArray("invited").getString(0)).isEqualTo(added.email());
    // The same token, the very next request: the list is read from the database each time.
    assertThat(api.get("/api/cohorts/" + id, leavingToken).status()).isEqualTo(404);
    assertReaches(leaving, id, 404);
    assertReaches(staying, id, 200);
    assertReaches(added, id, 404);
    // Refused the forum space before accepting, the facilitator finds it right after: what the
    // forum knows of a caller's cohorts lives for one request only.
    MailedLinks.acceptInvitation(database.dataSource(), api, added);
    assertReaches(added, id, 200);
  }

  @Test
  void anInvitationTakenOffTheListBeforeItIsAcceptedCanNoLongerBeAccepted() {
    Api.Person invited = api.signUp("Ivy Invited");
    String id = cohort(invited.email()).getString("id");
    String secret = MailedLinks.invitation(database.dataSource(), invited.email());

    assertThat(setFacilitators(id, admin).status()).isEqualTo(200);
    Api.Answer late =
        api.call("POST", "/api/me/invitations", Api.object("token", secret), invited.token());

    assertThat(late.status()).as(late.body()).isEqualTo(409);
    assertThat(late.body()).contains("withdrawn");
    assertReaches(invited, id, 404);
  }

  @Test
  void losingTheFacilitatorRoleEndsTheFacilitationOfEveryCohort() {
    Api.Person facilitator = api.signUp("Rory Role");
    String id = cohort(facilitator.email()).getString("id");
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    String token = api.token(facilitator.email(), facilitator.password());
    assertThat(api.get("/api/cohorts/" + id, token).status()).isEqualTo(200);

    Api.Answer withdrawn =
        api.call(
            "PUT",
            "/api/users/" + facilitator.id() + "/roles",
            Api.object("roles", Json.createArrayBuilder().add("TEACHER").build()),
            admin);

    assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
    assertThat(api.get("/api/cohorts/" + id, token).status()).isEqualTo(404);
    assertReaches(facilitator, id, 404);
    // Given the role back, they facilitate nothing until invited again.
    api.call(
        "PUT",
        "/api/users/" + facilitator.id() + "/roles",
        Api.object("roles", Json.createArrayBuilder().add("TEACHER").add("FACILITATOR").build()),
        admin);
    assertReaches(facilitator, id, 404);
  }

  @Test
  void anotherInstanceThatStillRemembersTheRoleStillHonoursARemovalFromTheList() throws Exception {
    Api.Person facilitator = api.signUp("Kim Cached");
    String id = cohort(facilitator.email()).getString("id");
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    String token = api.token(facilitator.email(), facilitator.password());
    assertThat(api.get("/api/cohorts/" + id, token).status()).isEqualTo(200);

    // What another instance's change leaves in the shared database: this instance's memory of
    // the caller's roles is untouched, and the list alone decides.
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "delete from cohort_facilitator where cohort_id = ?::uuid")) {
      statement.setString(1, id);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }

    assertThat(api.get("/api/cohorts/" + id, token).status()).isEqualTo(404);
  }

  @Test
  void onlyProgramManagersAndAdministratorsChangeTheListAndBadListsAreRefusedPlainly() {
    Api.Person facilitator = api.signUp("Pat Plain");
    Api.Person teacher = api.signUp("Tom Teacher");
    String id = cohort(facilitator.email()).getString("id");
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    String facilitatorToken = api.token(facilitator.email(), facilitator.password());

    assertThat(setFacilitators(id, null, teacher.email()).status()).isEqualTo(401);
    assertThat(setFacilitators(id, teacher.token(), teacher.email()).status()).isEqualTo(404);
    assertThat(setFacilitators(id, facilitatorToken, teacher.email()).status()).isEqualTo(403);
    assertThat(setFacilitators(java.util.UUID.randomUUID().toString(), admin).status())
        .isEqualTo(404);
    Api.Answer notAddresses = setFacilitators(id, admin, "pat at school", "<x@y.test>");
    assertThat(notAddresses.status()).isEqualTo(400);
    assertThat(notAddresses.body()).contains("pat at school", "\"field\":\"emails\"");
    Api.Answer tooMany =
        setFacilitators(
            id,
            admin,
            java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> "f" + i + "@school.test")
                .toArray(String[]::new));
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(api.call("PUT", "/api/cohorts/" + id + "/facilitators", "{oops", admin).status())
        .isEqualTo(400);
    // Nothing of the refused lists was kept: the facilitator still facilitates.
    assertReaches(facilitator, id, 200);
    assertThat(MailedLinks.invited(database.dataSource(), teacher.email())).isFalse();

    // The cohort's page: 404 for a teacher (as the API), 403 for its facilitator, 404 for an
    // unknown, malformed or missing id.
    PageSession teachersBrowser = PageSession.signIn(base, teacher.email(), teacher.password());
    assertThat(teachersBrowser.get("/admin/cohort.xhtml?id=" + id).statusCode()).isEqualTo(404);
    PageSession facilitatorsBrowser =
        PageSession.signIn(base, facilitator.email(), facilitator.password());
    assertThat(facilitatorsBrowser.get("/admin/cohort.xhtml?id=" + id).statusCode()).isEqualTo(403);
    PageSession adminsBrowser = PageSession.signIn(base, ADMIN, ADMIN_PASSWORD);
    assertThat(adminsBrowser.get("/admin/cohort.xhtml?id=" + id).statusCode()).isEqualTo(200);
    for (String unknown :
        java.util.List.of(java.util.UUID.randomUUID().toString(), "not-a-uuid", "")) {
      assertThat(adminsBrowser.get("/admin/cohort.xhtml?id=" + unknown).statusCode())
          .as(unknown)
          .isEqualTo(404);
    }
  }

  @Test
  void aManagerInvitesAFacilitatorByKeyboardWhoAcceptsAfterSigningInFromTheMailedLink()
      throws Exception {
    Api.Person facilitator = api.signUp("Bea Browser");
    Api.Person other = api.signUp("Oli Other");
    String id = named("Lakewood keyboard cohort").getString("id");
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(ADMIN, ADMIN_PASSWORD);
      driver.get(page("/admin/cohorts.xhtml"));
      browser.tabToText("Lakewood keyboard cohort");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/admin/cohort.xhtml"));
      assertThat(driver.getPageSource()).contains("Nobody facilitates this cohort yet");
      browser.assertAccessible();
      browser.tabTo("facilitators:emails");
      browser.type("not an address");
      browser.tabTo("facilitators:save");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("These are not email addresses: not an address");
      browser.assertAccessible();
      browser.tabTo("facilitators:emails");
      browser.press(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      browser.type(facilitator.email());
      browser.tabTo("facilitators:save");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getPageSource().contains("The facilitators are saved"));
      assertThat(driver.findElement(By.id("invited")).getText()).contains(facilitator.email());
      browser.assertAccessible();
      browser.tabTo("sign-out:submit");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("signedOut=true"));

      // The mailed link, opened signed out: sign in, come back, accept.
      String link =
          "/identity/invitation.xhtml?token="
              + MailedLinks.invitation(database.dataSource(), facilitator.email());
      driver.get(page(link));
      assertThat(driver.getPageSource()).contains("Lakewood keyboard cohort", facilitator.email());
      browser.assertAccessible();
      browser.tabTo("invitation-sign-in");
      browser.press(Keys.ENTER);
      browser.signInHere(facilitator.email(), facilitator.password());
      browser.waitFor(d -> d.getCurrentUrl().contains("/identity/invitation.xhtml"));
      browser.tabTo("invitation:accept");
      browser.press(Keys.ENTER);
      browser.waitFor(d -> d.getCurrentUrl().contains("/reflection/cohort.xhtml?cohort=" + id));
      assertThat(driver.getPageSource()).contains("You accepted the invitation");
      browser.assertAccessible();
      browser.assertNoCspViolations();
    }
    try (Browser browser = Browser.open()) {
      ChromeDriver driver = browser.driver();
      driver.get(page("/identity/sign-in.xhtml"));
      browser.signInHere(other.email(), other.password());
      setFacilitators(id, admin, facilitator.email(), "someone@school.test");
      driver.get(
          page(
              "/identity/invitation.xhtml?token="
                  + MailedLinks.invitation(database.dataSource(), "someone@school.test")));
      browser.tabTo("invitation:accept");
      browser.press(Keys.ENTER);
      assertThat(driver.getPageSource()).contains("sent to another email address");
      browser.assertAccessible();
    }
    assertReaches(other, id, 404);
  }

  @Test
  void aWorkshopFacilitatorTakenOffTheListLosesTheRosterAndItsCodesAtTheNextRequest() {
    Api.Person facilitator = api.signUp("Wes Workshop");
    Api.Person invitedOnly = api.signUp("Ina Invited");
    java.time.Instant start =
        java.time.Instant.now()
            .plus(java.time.Duration.ofDays(30))
            .truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    java.util.function.Function<JsonArrayBuilder, String> body =
        facilitators ->
            Workshops.elementaryOneDay(
                "Invitations workshop",
                5,
                "sessions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("start", start.toString())
                            .add("end", start.plus(java.time.Duration.ofHours(6)).toString()))
                    .build(),
                "location",
                Json.createObjectBuilder()
                    .add("venue", "Invitation hall")
                    .add("city", "Denver")
                    .add("state", "CO")
                    .add("zip", "80202")
                    .build(),
                "facilitators",
                facilitators.build());
    Api.Answer created =
        api.call(
            "POST",
            "/api/workshops",
            body.apply(emails(facilitator.email(), invitedOnly.email())),
            admin);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String roster = "/api/workshops/" + created.json().getString("id") + "/roster";
    assertThat(api.get(roster, invitedOnly.token()).status())
        .as("invited, not yet accepted")
        .isEqualTo(403);
    MailedLinks.acceptInvitation(database.dataSource(), api, facilitator);
    String token = api.token(facilitator.email(), facilitator.password());
    assertThat(api.get(roster, token).status()).isEqualTo(200);

    Api.Answer changed =
        api.call(
            "PUT",
            "/api/workshops/" + created.json().getString("id"),
            body.apply(emails(invitedOnly.email())),
            admin);

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(api.get(roster, token).status()).isEqualTo(403);
    assertThat(
            api.get("/api/workshops/" + created.json().getString("id"), token)
                .json()
                .getJsonArray("sessions")
                .getJsonObject(0)
                .containsKey("attendanceCode"))
        .isFalse();
    // The invitation still open was kept, not sent again.
    MailedLinks.acceptInvitation(database.dataSource(), api, invitedOnly);
    assertThat(api.get(roster, api.token(invitedOnly.email(), invitedOnly.password())).status())
        .isEqualTo(200);
  }
}
