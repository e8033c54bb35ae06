package org.pathways.district.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;
import org.pathways.testing.PageSession;
import org.pathways.testing.ServerLog;
import org.pathways.testing.Staff;

/**
 * Districts ask to partner without an account; program staff read and answer the inquiries, and
 * marking one "partner" creates its district once.
 */
class PartnershipsIT extends DeployedPlatform {

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

  static String inquiry(String district, String email, Object... more) {
    List<Object> pairs =
        new ArrayList<>(
            List.of(
                "district",
                district,
                "state",
                "CO",
                "contactName",
                "Dana District",
                "contactEmail",
                email,
                "contactRole",
                "Curriculum director",
                "gradeBands",
                Json.createArrayBuilder().add("MS").add("HS").build()));
    pairs.addAll(List.of(more));
    return Api.object(pairs.toArray());
  }

  private String submitted(String district, String email) {
    Api.Answer created =
        api.call("POST", "/api/partnership-inquiries", inquiry(district, email), null);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().getString("id");
  }

  private Api.Answer change(String id, String token, String status, String note) {
    return api.call(
        "PUT",
        "/api/partnership-inquiries/" + id,
        note == null ? Api.object("status", status) : Api.object("status", status, "note", note),
        token);
  }

  private List<String> subjectsMailedTo(String recipient) {
    List<String> subjects = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select subject from mail_outbox where recipient = ? order by id")) {
      statement.setString(1, recipient);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          subjects.add(rows.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return subjects;
  }

  private int count(String sql, String argument) {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, argument);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aDistrictAsksWithoutAnAccountIsAcknowledgedAndProgramManagersAreTold() {
    Api.Person manager = staff.withRoles("Pam Program", "PROGRAM_MANAGER");
    String contact = "dana-" + UUID.randomUUID().toString().substring(0, 8) + "@aurora.test";

    Api.Answer created =
        api.call(
            "POST",
            "/api/partnership-inquiries",
            inquiry("Aurora Public Schools", contact, "teachers", 40, "message", "=HYPERLINK(x)"),
            null);

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().keySet()).containsExactly("id");
    assertThat(created.header("Location")).endsWith(created.json().getString("id"));
    assertThat(subjectsMailedTo(contact)).containsExactly("We received your partnership inquiry");
    assertThat(subjectsMailedTo(manager.email()))
        .contains("New partnership inquiry: Aurora Public Schools");
    JsonObject listed =
        api.get("/api/partnership-inquiries/" + created.json().getString("id"), admin).json();
    assertThat(listed.getString("status")).isEqualTo("NEW");
    assertThat(listed.getInt("teachers")).isEqualTo(40);
    assertThat(listed.getJsonArray("gradeBands").toString()).isEqualTo("[\"MS\",\"HS\"]");
  }

  @Test
  void aBadInquiryNamesEachFieldAndNothingIsKeptOrMailed() {
    String contact = "bad-" + UUID.randomUUID().toString().substring(0, 8) + "@aurora.test";
    Api.Answer empty = api.call("POST", "/api/partnership-inquiries", "{}", null);
    Api.Answer wrong =
        api.call(
            "POST",
            "/api/partnership-inquiries",
            Api.object(
                "district",
                "Nowhere",
                "state",
                "ZZ",
                "contactName",
                "N",
                "contactEmail",
                "not an address",
                "contactRole",
                "r",
                "gradeBands",
                Json.createArrayBuilder().add("K12").build(),
                "teachers",
                0,
                "message",
                "x".repeat(4001)),
            null);
    Api.Answer tooLong =
        api.call(
            "POST",
            "/api/partnership-inquiries",
            inquiry("Aurora", contact, "message", "y".repeat(4001)),
            null);

    assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
    assertThat(fields(empty))
        .containsExactly(
            "district", "state", "contactName", "contactEmail", "contactRole", "gradeBands");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(fields(wrong))
        .containsExactly("state", "contactEmail", "gradeBands", "teachers", "message");
    assertThat(wrong.body()).contains("two-letter postal code", "at most 4,000 characters");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(subjectsMailedTo(contact)).isEmpty();
    assertThat(api.call("POST", "/api/partnership-inquiries", "{oops", null).status())
        .isEqualTo(400);
    assertThat(api.call("POST", "/api/partnership-inquiries", "", null).status()).isEqualTo(400);
    assertThat(
            api.call(
                    "POST",
                    "/api/partnership-inquiries",
                    inquiry("Huge", contact, "message", "z".repeat(300 * 1024)),
                    null)
                .status())
        .isEqualTo(413);
    assertThat(count("select count(*) from partnership_inquiry where contact_email = ?", contact))
        .isZero();
  }

  private static List<String> fields(Api.Answer answer) {
    return answer.json().getJsonArray("errors").stream()
        .map(e -> e.asJsonObject().getString("field"))
        .toList();
  }

  @Test
  void theSixthInquiryFromOneAddressWithinAnHourWaits() {
    String address = "10.251.7." + (1 + new java.util.Random().nextInt(250));
    List<Integer> statuses = new ArrayList<>();
    String retryAfter = null;
    for (int i = 0; i < 6; i++) {
      var answer =
          Http.json(
              "POST",
              Http.serverRoot(base, "/api/partnership-inquiries"),
              inquiry("Throttle " + i, "t" + i + "@throttle.test"),
              null,
              "X-Forwarded-For",
              address);
      statuses.add(answer.statusCode());
      retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
    }

    assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
    assertThat(retryAfter).isNotNull();
    assertThat(Long.parseLong(retryAfter)).isPositive();
    // Another address is not held up.
    assertThat(
            api.call("POST", "/api/partnership-inquiries", inquiry("Other", "o@x.test"), null)
                .status())
        .isEqualTo(201);
  }

  @Test
  void staffFilterByStatusNoteWhereTheyStandAndPartnerCreatesTheDistrictOnce() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String id = submitted("Lakewood " + suffix, "lee@lakewood.test");
    String again = submitted("LAKEWOOD " + suffix, "kim@lakewood.test");
    Api.Person manager = staff.withRoles("Pat Program", "PROGRAM_MANAGER");

    Api.Answer contacted = change(id, manager.token(), "CONTACTED", "Called on Monday");
    assertThat(contacted.status()).as(contacted.body()).isEqualTo(200);
    assertThat(contacted.json().getString("note")).isEqualTo("Called on Monday");
    assertThat(contacted.json().containsKey("districtId")).isFalse();
    assertThat(ids(api.get("/api/partnership-inquiries?status=CONTACTED", admin))).contains(id);
    assertThat(ids(api.get("/api/partnership-inquiries?status=NEW", admin)))
        .contains(again)
        .doesNotContain(id);
    JsonObject all = api.get("/api/partnership-inquiries?size=2", admin).json();
    assertThat(all.getInt("size")).isEqualTo(2);
    assertThat(all.getJsonArray("items")).hasSize(2);
    assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);

    Api.Answer partner = change(id, admin, "partner", null);
    Api.Answer twice = change(id, admin, "PARTNER", null);
    Api.Answer sameDistrict = change(again, admin, "PARTNER", "Same district, other contact");

    assertThat(partner.status()).as(partner.body()).isEqualTo(200);
    String district = partner.json().getString("districtId");
    assertThat(partner.json().getString("note")).isEqualTo("Called on Monday");
    assertThat(twice.json().getString("districtId")).isEqualTo(district);
    assertThat(sameDistrict.json().getString("districtId")).isEqualTo(district);
    assertThat(
            count(
                "select count(*) from district where lower(name) = lower(?)", "Lakewood " + suffix))
        .isEqualTo(1);
    assertThat(count("select count(*) from district where id = ?::uuid and state = 'CO'", district))
        .isEqualTo(1);

    assertThat(change(id, admin, "MAYBE", null).status()).isEqualTo(400);
    assertThat(change(id, admin, "MAYBE", null).body()).contains("\"field\":\"status\"");
    assertThat(api.call("PUT", "/api/partnership-inquiries/" + id, "{}", admin).status())
        .isEqualTo(400);
    assertThat(change(id, admin, "DECLINED", "n".repeat(4001)).status()).isEqualTo(400);
    assertThat(change(UUID.randomUUID().toString(), admin, "NEW", null).status()).isEqualTo(404);
    assertThat(change("not-an-id", admin, "NEW", null).status()).isEqualTo(404);
    assertThat(api.get("/api/partnership-inquiries?status=MAYBE", admin).status()).isEqualTo(400);
  }

  private static List<String> ids(Api.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json().getJsonArray("items").stream()
        .map(i -> i.asJsonObject().getString("id"))
        .toList();
  }

  @Test
  void onlyProgramStaffReadOrAnswerInquiries() {
    String id = submitted("Matrix district", "m@matrix.test");
    Api.Person teacher = api.signUp("Tess Teacher");
    Api.Person facilitator = staff.withRoles("Fran Facilitator", "FACILITATOR");
    Api.Person districtManager = staff.withRoles("Dora Districts", "DISTRICT_MANAGER");
    Api.Person contentAdmin = staff.withRoles("Cole Content", "CONTENT_ADMIN");

    assertThat(api.get("/api/partnership-inquiries", null).status()).isEqualTo(401);
    assertThat(change(id, null, "CONTACTED", null).status()).isEqualTo(401);
    for (Api.Person refused : List.of(teacher, facilitator, districtManager, contentAdmin)) {
      String token = api.token(refused.email(), refused.password());
      assertThat(api.get("/api/partnership-inquiries", token).status())
          .as(refused.name())
          .isEqualTo(403);
      assertThat(api.get("/api/partnership-inquiries/" + id, token).status())
          .as(refused.name())
          .isEqualTo(403);
      assertThat(change(id, token, "PARTNER", null).status()).as(refused.name()).isEqualTo(403);
    }
    assertThat(api.get("/api/partnership-inquiries/" + id, admin).json().getString("status"))
        .isEqualTo("NEW");

    PageSession teachersBrowser = pagesOf(teacher);
    try (ServerLog log = ServerLog.watch()) {
      assertThat(teachersBrowser.get("/partners/inquiries.xhtml").statusCode()).isEqualTo(403);
      log.assertNoException();
    }
    PageSession staffBrowser = PageSession.signIn(base, ADMIN, ADMIN_PASSWORD);
    var staffPage = staffBrowser.get("/partners/inquiries.xhtml?status=NEW");
    assertThat(staffPage.statusCode()).isEqualTo(200);
    assertThat(staffPage.body()).contains("Matrix district", "m@matrix.test");
    assertThat(Http.get(Http.serverRoot(base, "/partners/inquiries.xhtml")).statusCode())
        .isEqualTo(302);
    var publicForm = Http.get(Http.serverRoot(base, "/partners/index.xhtml"));
    assertThat(publicForm.statusCode()).isEqualTo(200);
    assertThat(publicForm.body()).contains("Partner with us", "<legend>");
    assertThat(Http.get(Http.serverRoot(base, "/")).body()).contains("/partners/index.xhtml");
  }
}
