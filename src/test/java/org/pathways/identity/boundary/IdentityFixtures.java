package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.pathways.testing.DeployedPlatform;
import org.pathways.testing.Http;

/**
 * The deployment and helpers that the identity integration tests share: raw JSON calls from a
 * chosen address, sign-up and tokens, page sign-in, and direct reads and writes of the database.
 */
abstract class IdentityFixtures extends DeployedPlatform {

  @Deployment(testable = false)
  static WebArchive platform() throws IOException {
    return deploy(
        administered(
            "pathways.public-url",
            "https://pathways.test",
            "pathways.limits.sign-up",
            "3/1h",
            "pathways.limits.password-reset.address",
            "3/1h",
            // Parallel guesses here test the sign-in limit, so every one of them is hashed;
            // IdentityStormIT tests what a saturated hashing pool answers.
            "pathways.passwords.queue",
            "100",
            "pathways.passwords.wait-ms",
            "300000"));
  }

  URI api(String path) {
    return Http.serverRoot(base, path);
  }

  HttpResponse<String> call(String method, String path, String body, String token, String address) {
    return Http.json(method, api(path), body, token, "X-Forwarded-For", address);
  }

  static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.test";
  }

  static String address() {
    return "10."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250)
        + "."
        + (int) (Math.random() * 250);
  }

  String signUp(String email, String password) {
    var created =
        call(
            "POST",
            "/api/accounts",
            "{\"email\":\""
                + email
                + "\",\"password\":\""
                + password
                + "\",\"name\":\"Pat Teacher\"}",
            null,
            address());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return field(created.body(), "id");
  }

  String token(String email, String password) {
    var issued =
        call(
            "POST",
            "/api/tokens",
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}",
            null,
            address());
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return field(issued.body(), "token");
  }

  static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertThat(matcher.find()).as("%s in %s", name, json).isTrue();
    return matcher.group(1);
  }

  /** The path of the teacher's calendar-feed address, as GET /api/me/calendar-feed gives it. */
  String feedPath(String token) {
    var feed = call("GET", "/api/me/calendar-feed", null, token, address());
    assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
    String path = URI.create(field(feed.body(), "url")).getPath();
    assertThat(call("GET", "/api/me/calendar-feed", null, token, address()).body())
        .as("the same address each time")
        .contains(path);
    return path;
  }

  /**
   * Signs in through the page as a browser does, sending {@code next} with the form; answers the
   * page's answer to the form (its Location and new session cookie).
   */
  Http.Raw signInOnThePage(String email, String password, String next) {
    Http.Raw form = Http.raw(base, "GET", "/identity/sign-in.xhtml", null);
    String cookie = form.cookies();
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(form.body());
    assertThat(viewState.find()).isTrue();
    String body =
        "sign-in=sign-in&sign-in%3Aemail="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&sign-in%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&sign-in%3Anext="
            + URLEncoder.encode(next, StandardCharsets.UTF_8)
            + "&sign-in%3Asubmit=Sign+in&jakarta.faces.ViewState="
            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    return Http.raw(
        base,
        "POST",
        "/identity/sign-in.xhtml",
        body,
        "Cookie",
        cookie,
        "Content-Type",
        "application/x-www-form-urlencoded",
        "X-Forwarded-For",
        address());
  }

  /** The cookies a signed-in answer set (the session's and its version's), to send back. */
  static String sessionCookie(Http.Raw signedIn) {
    return signedIn.cookies();
  }

  /**
   * A page form sent as a browser would, from an address: GET for its view state, then POST. The
   * session cookie is handed back by hand: it is Secure here (an https public address), and the
   * test talks plain HTTP.
   */
  HttpResponse<String> sendForm(
      String path, String form, Map<String, String> fields, String address) throws Exception {
    HttpClient browser = HttpClient.newHttpClient();
    URI page = api(path);
    HttpResponse<String> opened =
        browser.send(
            HttpRequest.newBuilder(page).header("X-Forwarded-For", address).build(),
            HttpResponse.BodyHandlers.ofString());
    String cookies =
        String.join(
            "; ",
            opened.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .toList());
    Matcher viewState =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(opened.body());
    assertThat(viewState.find()).as(opened.body()).isTrue();
    StringBuilder body =
        new StringBuilder(form + "=" + form + "&" + enc(form + ":submit") + "=send");
    fields.forEach(
        (name, value) ->
            body.append('&').append(enc(form + ":" + name)).append('=').append(enc(value)));
    body.append("&jakarta.faces.ViewState=").append(enc(viewState.group(1)));
    return browser.send(
        HttpRequest.newBuilder(page)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", address)
            .header("Cookie", cookies)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  HttpResponse<String> forgot(String email, String address) throws Exception {
    return sendForm("/identity/forgot.xhtml", "forgot", Map.of("email", email), address);
  }

  static String signUpBody(String email) {
    return "{\"email\":\""
        + email
        + "\",\"password\":\"tulips in the spring\",\"name\":\"Bo Bulk\"}";
  }

  /** The page's error message, its numbers as N (a wait may just have crossed a minute). */
  static String sentence(String html) {
    Matcher message = Pattern.compile("class=\"message message--error\">([^<]*)<").matcher(html);
    assertThat(message.find()).as(html).isTrue();
    return message.group(1).strip().replaceAll("\\d+", "N");
  }

  static void update(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }

  static List<String> query(String sql, String parameter) throws Exception {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }
}
