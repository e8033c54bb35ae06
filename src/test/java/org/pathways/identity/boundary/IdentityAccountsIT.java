package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathways.testing.PageSession;

/**
 * Accounts through the API on the running platform: signing up, stored password hashes, who may
 * read or change an account, roles and the last administrator, the data export and deletion.
 */
class IdentityAccountsIT extends IdentityFixtures {

  @Test
  void aTeacherSignsUpGetsATokenAndReadsTheirAccount() {
    String email = unique("signup");
    signUp(email, "tulips in the spring");
    String token = token(email.toUpperCase(), "tulips in the spring");

    var me = call("GET", "/api/me", null, token, address());

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"email\":\"" + email + "\"", "\"roles\":[\"TEACHER\"]");
  }

  @Test
  void theStoredHashNamesTheAlgorithmAndIterationCount() throws Exception {
    String email = unique("hash");
    signUp(email, "tulips in the spring");

    assertThat(query("select password_hash from account where email = ?", email))
        .singleElement()
        .asString()
        .startsWith("PBKDF2WithHmacSHA256:600000:");
  }

  @Test
  void aHashWithOlderParametersIsUpgradedAtTheNextSignIn() throws Exception {
    String email = unique("legacy");
    signUp(email, "tulips in the spring");
    byte[] salt = new byte[16];
    new java.security.SecureRandom().nextBytes(salt);
    byte[] key =
        javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(
                new javax.crypto.spec.PBEKeySpec(
                    "tulips in the spring".toCharArray(), salt, 1000, 256))
            .getEncoded();
    java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
    String old =
        "PBKDF2WithHmacSHA256:1000:"
            + base64.encodeToString(salt)
            + ":"
            + base64.encodeToString(key);
    update("update account set password_hash = ? where email = '" + email + "'", old);

    token(email, "tulips in the spring");

    assertThat(query("select password_hash from account where email = ?", email))
        .singleElement()
        .asString()
        .startsWith("PBKDF2WithHmacSHA256:600000:");
  }

  @Test
  void aTeacherCannotReadOrChangeAnotherAccountThroughAnyEndpoint() {
    String mine = unique("mine");
    String theirs = unique("theirs");
    signUp(mine, "tulips in the spring");
    String theirId = signUp(theirs, "roses in the summer");
    String token = token(mine, "tulips in the spring");

    assertThat(call("GET", "/api/users/" + theirId, null, token, address()).statusCode())
        .isEqualTo(404);
    assertThat(
            call(
                    "PUT",
                    "/api/users/" + theirId + "/roles",
                    "{\"roles\":[\"ADMIN\"]}",
                    token,
                    address())
                .statusCode())
        .isEqualTo(403);
    assertThat(call("GET", "/api/users/" + theirId, null, null, address()).statusCode())
        .isEqualTo(401);
    assertThat(call("GET", "/api/me", null, "not-a-token", address()).statusCode()).isEqualTo(401);
    var own = call("GET", "/api/me", null, token, address());
    assertThat(own.body()).contains(mine).doesNotContain(theirs);
  }

  @Test
  void anAdministratorAssignsRolesAndTheChangeIsAudited() throws Exception {
    String email = unique("facilitator");
    String id = signUp(email, "tulips in the spring");
    String admin = token(ADMIN, ADMIN_PASSWORD);

    var assigned =
        call(
            "PUT",
            "/api/users/" + id + "/roles",
            "{\"roles\":[\"FACILITATOR\"]}",
            admin,
            address());

    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(assigned.body()).contains("\"roles\":[\"FACILITATOR\",\"TEACHER\"]");
    assertThat(call("GET", "/api/users/not-a-uuid", null, admin, address()).statusCode())
        .isEqualTo(404);
    assertThat(
            call("PUT", "/api/users/not-a-uuid/roles", "{\"roles\":[]}", admin, address())
                .statusCode())
        .isEqualTo(404);
    assertThat(
            query(
                "select action from audit_log where subject_id = ? and action = 'roles.changed'",
                id))
        .hasSize(1);
    assertThat(call("GET", "/api/admin/content", null, admin, address()).statusCode())
        .isEqualTo(200);
    assertThat(
            call("GET", "/api/admin/content", null, token(email, "tulips in the spring"), address())
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void theLastAdministratorCannotRemoveTheirOwnAdministratorRole() throws Exception {
    String admin = token(ADMIN, ADMIN_PASSWORD);
    String adminId = field(call("GET", "/api/me", null, admin, address()).body(), "id");
    String sentence = "This is the only administrator account.";

    var refused =
        call(
            "PUT",
            "/api/users/" + adminId + "/roles",
            "{\"roles\":[\"TEACHER\"]}",
            admin,
            address());
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains(sentence);
    assertThat(call("GET", "/api/me", null, admin, address()).body()).contains("\"ADMIN\"");

    // The roles page says so too: the form sent with every box unticked.
    PageSession browser = PageSession.signIn(base, ADMIN, ADMIN_PASSWORD);
    var page =
        browser.submit(
            "/admin/user.xhtml?id=" + adminId,
            "/admin/user.xhtml",
            "roles=roles&id=" + adminId + "&roles%3Asave=Save+roles");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(sentence).doesNotContain("The roles are saved");
    assertThat(call("GET", "/api/me", null, admin, address()).body()).contains("\"ADMIN\"");

    // With a second administrator, either may step down; then the first is the last again.
    String second = signUp(unique("second-admin"), "tulips in the spring");
    String both = "{\"roles\":[\"ADMIN\"]}";
    assertThat(call("PUT", "/api/users/" + second + "/roles", both, admin, address()).statusCode())
        .isEqualTo(200);
    assertThat(
            call("PUT", "/api/users/" + second + "/roles", "{\"roles\":[]}", admin, address())
                .statusCode())
        .isEqualTo(200);
    assertThat(
            call("PUT", "/api/users/" + adminId + "/roles", "{\"roles\":[]}", admin, address())
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void theLastAdministratorCannotDeleteTheirOwnAccount() throws Exception {
    String admin = token(ADMIN, ADMIN_PASSWORD);
    String password = "{\"password\":\"" + ADMIN_PASSWORD + "\"}";

    var refused = call("DELETE", "/api/me", password, admin, address());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("only administrator account, so it cannot be deleted");
    assertThat(call("GET", "/api/me", null, admin, address()).statusCode()).isEqualTo(200);

    // With a second administrator, that one may leave; the first is then the last again.
    String secondEmail = unique("leaving-admin");
    String second = signUp(secondEmail, "tulips in the spring");
    assertThat(
            call(
                    "PUT",
                    "/api/users/" + second + "/roles",
                    "{\"roles\":[\"ADMIN\"]}",
                    admin,
                    address())
                .statusCode())
        .isEqualTo(200);
    var left =
        call(
            "DELETE",
            "/api/me",
            "{\"password\":\"tulips in the spring\"}",
            token(secondEmail, "tulips in the spring"),
            address());
    assertThat(left.statusCode()).as(left.body()).isEqualTo(204);
    assertThat(call("DELETE", "/api/me", password, admin, address()).statusCode()).isEqualTo(409);
  }

  @Test
  void aTeacherExportsTheirDataThenDeletesTheirAccount() throws Exception {
    String email = unique("leaving");
    String id = signUp(email, "tulips in the spring");
    String token = token(email, "tulips in the spring");

    var export = call("GET", "/api/me/export", null, token, address());
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).contains(email, "\"tokens\"", "signin.succeeded");

    assertThat(
            call("DELETE", "/api/me", "{\"password\":\"tulips in the spring\"}", token, address())
                .statusCode())
        .isEqualTo(204);
    assertThat(call("GET", "/api/me", null, token, address()).statusCode()).isEqualTo(401);
    assertThat(query("select id from account where id = ?::uuid", id)).isEmpty();
    assertThat(query("select action from audit_log where subject_id = ? order by at", id))
        .contains("data.exported", "account.deleted");
  }

  @Test
  void theGradesATeacherTeachesAreKeptChangedAndExportedInTheCatalogsCodes() throws Exception {
    String email = unique("grades");
    var created =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\""
                + email
                + "\",\"password\":\"tulips in the spring\",\"name\":\"Pat\",\"gradeBand\":\"6-8\"}",
            null,
            address());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"gradeBand\":\"6-8\"");
    assertThat(query("select grade_band from account where email = ?", email))
        .containsExactly("6-8");
    String token = token(email, "tulips in the spring");

    var changed =
        call("PUT", "/api/me", "{\"name\":\"Pat\",\"gradeBand\":\"9-12\"}", token, address());
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"gradeBand\":\"9-12\"");
    assertThat(call("GET", "/api/me/export", null, token, address()).body())
        .contains("\"gradeBand\":\"9-12\"");

    var unknown =
        call("PUT", "/api/me", "{\"name\":\"Pat\",\"gradeBand\":\"K-12\"}", token, address());
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"gradeBand\"", "K-5, 6-8 or 9-12");
    assertThat(query("select grade_band from account where email = ?", email))
        .containsExactly("9-12");
  }

  @Test
  void aBorrowedTokenCannotDeleteTheAccountWithoutItsPassword() throws Exception {
    String email = unique("borrowed");
    String id = signUp(email, "tulips in the spring");
    String token = token(email, "tulips in the spring");

    var without = call("DELETE", "/api/me", null, token, address());
    var empty = call("DELETE", "/api/me", "{}", token, address());
    var wrong = call("DELETE", "/api/me", "{\"password\":\"a guess at it\"}", token, address());

    assertThat(without.statusCode()).as(without.body()).isEqualTo(400);
    assertThat(without.body()).contains("\"field\":\"password\"");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
    assertThat(wrong.body()).contains("The password is not right");
    assertThat(query("select id from account where id = ?::uuid", id)).hasSize(1);
    assertThat(call("GET", "/api/me", null, token, address()).statusCode()).isEqualTo(200);

    var right =
        call("DELETE", "/api/me", "{\"password\":\"tulips in the spring\"}", token, address());
    assertThat(right.statusCode()).as(right.body()).isEqualTo(204);
    assertThat(query("select id from account where id = ?::uuid", id)).isEmpty();
  }

  @Test
  void badInputGetsPlainProblemsAndNothingIsCreated() throws Exception {
    var invalid =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\"not-an-email\",\"password\":\"password\",\"name\":\"\"}",
            null,
            address());
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(invalid.body()).contains("\"field\":\"email\"", "\"field\":\"name\"");

    var common =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\"" + unique("common") + "\",\"password\":\"password1\",\"name\":\"Pat\"}",
            null,
            address());
    assertThat(common.statusCode()).isEqualTo(400);
    assertThat(common.body()).contains("most common");

    assertThat(call("POST", "/api/accounts", "{not json", null, address()).statusCode())
        .isEqualTo(400);
    String duplicate = unique("twice");
    signUp(duplicate, "tulips in the spring");
    assertThat(
            call(
                    "POST",
                    "/api/accounts",
                    "{\"email\":\""
                        + duplicate.toUpperCase()
                        + "\",\"password\":\"roses in the summer\",\"name\":\"Pat\",\"extra\":1}",
                    null,
                    address())
                .statusCode())
        .isEqualTo(409);
    assertThat(
            call(
                    "POST",
                    "/api/accounts",
                    "{\"name\":\"" + "x".repeat(300 * 1024) + "\"}",
                    null,
                    address())
                .statusCode())
        .isEqualTo(413);
  }
}
