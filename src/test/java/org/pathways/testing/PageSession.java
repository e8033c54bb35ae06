package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages as a browser without scripts sees them, for tests that need no Chromium: the cookies
 * the server sets (the session's among them), kept by hand because a deployment published over
 * HTTPS marks it Secure (a cookie store would not send it back over the tests' plain HTTP), and
 * forms sent with their view state.
 */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern COOKIE = Pattern.compile("([^=;\\s]+)=([^;]*)");

  private final URL base;
  private final String address;

  /** Every cookie the server set, by name: the session's, and a proxy's or a grid's beside it. */
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private PageSession(URL base) {
    this.base = base;
    ThreadLocalRandom random = ThreadLocalRandom.current();
    this.address =
        "10."
            + random.nextInt(1, 250)
            + "."
            + random.nextInt(1, 250)
            + "."
            + random.nextInt(1, 250);
  }

  /** A visitor's pages, not signed in, from an address of their own. */
  public static PageSession anonymous(URL base) {
    return new PageSession(base);
  }

  /** A session signed in through the sign-in page. */
  public static PageSession signIn(URL base, String email, String password) {
    PageSession pages = new PageSession(base);
    HttpResponse<String> signedIn =
        pages.submit(
            "/identity/sign-in.xhtml",
            "/identity/sign-in.xhtml",
            "sign-in=sign-in&sign-in%3Aemail="
                + encode(email)
                + "&sign-in%3Apassword="
                + encode(password)
                + "&sign-in%3Asubmit=Sign+in");
    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    return pages;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /**
   * The bytes of {@code path} as they come over the wire, sent with headers in name, value pairs.
   */
  public HttpResponse<byte[]> bytes(String path, String... headers) {
    HttpRequest.Builder request = request(path).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return Http.bytes(request.build());
  }

  /**
   * Opens {@code page} for its view state, then sends {@code fields} (form-encoded, without the
   * view state) to {@code action}.
   */
  public HttpResponse<String> submit(String page, String action, String fields) {
    return post(action, fields, viewState(page));
  }

  /** Opens {@code page} and answers its form's view state, for a form sent later. */
  public String viewState(String page) {
    HttpResponse<String> form = get(page);
    Matcher viewState = VIEW_STATE.matcher(form.body());
    assertThat(viewState.find()).as(form.body()).isTrue();
    return viewState.group(1);
  }

  /** Sends {@code fields} (form-encoded) with a view state read earlier to {@code action}. */
  public HttpResponse<String> post(String action, String fields, String viewState) {
    return send(
        request(action)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    fields + "&jakarta.faces.ViewState=" + encode(viewState)))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Http.serverRoot(base, path))
            .timeout(Duration.ofSeconds(30))
            .header("X-Forwarded-For", address);
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (name, value) ->
              header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
      request.header("Cookie", header.toString());
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest request) {
    HttpResponse<String> response = Http.send(request);
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      Matcher set = COOKIE.matcher(cookie);
      if (set.lookingAt()) {
        boolean removed =
            set.group(2).isEmpty()
                || cookie.matches("(?i).*;\\s*(max-age=0|expires=[^;]*1970)(;.*)?");
        if (removed) {
          cookies.remove(set.group(1));
        } else {
          cookies.put(set.group(1), set.group(2));
        }
      }
    }
    return response;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
