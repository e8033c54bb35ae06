package org.pathways.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pathways.testing.Http;

/**
 * One browser as the pages see it, without a browser: its own cookies (so its own session), its own
 * address, and Faces forms filled in and sent as a person would. Several of them are several
 * browsers signed in to the same account.
 */
final class PageVisitor {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final URL base;
  private final String address;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  PageVisitor(URL base) {
    this.base = base;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    this.address =
        "10." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + "." + random.nextInt(250);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(Http.serverRoot(base, path)).GET());
  }

  /**
   * Opens the page, fills the form's fields (names without the form's prefix, then values) and
   * presses the button.
   */
  HttpResponse<String> submit(String path, String form, String button, String... fields) {
    HttpResponse<String> page = get(path);
    assertThat(page.statusCode()).as("%s opens", path).isEqualTo(200);
    Matcher state = VIEW_STATE.matcher(page.body());
    assertThat(state.find()).as("a form on %s", path).isTrue();
    StringJoiner body = new StringJoiner("&");
    body.add(encode(form) + "=" + encode(form));
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.add(encode(form + ":" + fields[i]) + "=" + encode(fields[i + 1]));
    }
    body.add(encode(form + ":" + button) + "=" + encode(button));
    body.add(encode("jakarta.faces.ViewState") + "=" + encode(state.group(1)));
    String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    return send(
        HttpRequest.newBuilder(Http.serverRoot(base, action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Posts a plain (not Faces) form, already encoded, to {@code path}. */
  HttpResponse<String> form(String path, String encoded) {
    return send(
        HttpRequest.newBuilder(Http.serverRoot(base, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encoded)));
  }

  void signIn(String email, String password) {
    HttpResponse<String> answer =
        submit(
            "/identity/sign-in.xhtml", "sign-in", "submit", "email", email, "password", password);
    assertThat(answer.statusCode()).as("signed in: %s", answer.body()).isEqualTo(302);
    assertThat(signedIn()).isTrue();
  }

  /** Whether this browser's next request is a signed-in one (the profile opens). */
  boolean signedIn() {
    return get("/identity/profile.xhtml").statusCode() == 200;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    request.header("X-Forwarded-For", address);
    if (!cookies.isEmpty()) {
      StringJoiner header = new StringJoiner("; ");
      cookies.forEach((name, value) -> header.add(name + "=" + value));
      request.header("Cookie", header.toString());
    }
    HttpResponse<String> response = Http.send(request.build());
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";", 2)[0];
      int equals = pair.indexOf('=');
      if (equals > 0) {
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
    return response;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
