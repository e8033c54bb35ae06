package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A browser without scripts for flows that cross sites (other sign-ins, LMS launches): its own
 * address (as a trusted proxy forwards it), cookies kept by hand as a browser keeps them (the
 * platform's may be Secure, which the JDK's cookie handler would not send over http), redirects not
 * followed, so that each hop can be checked.
 */
public class ScriptlessBrowser {

  private final URL base;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final String address =
      "10.20."
          + ThreadLocalRandom.current().nextInt(250)
          + "."
          + ThreadLocalRandom.current().nextInt(250);
  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public ScriptlessBrowser(URL base) {
    this.base = base;
  }

  /** The cookies it holds, by name (a test may set one, such as a language choice). */
  public Map<String, String> cookies() {
    return cookies;
  }

  /** A GET of a page of the platform. */
  public HttpResponse<String> get(String path) {
    return send(request(Http.serverRoot(base, path)).GET().build());
  }

  /** A form POST to the platform. */
  public HttpResponse<String> post(String path, String form) {
    return send(
        request(Http.serverRoot(base, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  /** A GET of another site (a provider's page): its cookies are not this site's, none are sent. */
  public HttpResponse<String> elsewhere(URI address) {
    try {
      return client.send(
          HttpRequest.newBuilder(address).GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request to the platform with this browser's address, language and cookies. */
  public HttpRequest.Builder request(URI uri) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("X-Forwarded-For", address)
            .header("Accept-Language", "en");
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (name, value) ->
              header
                  .append(header.length() == 0 ? "" : "; ")
                  .append(name)
                  .append('=')
                  .append(value));
      request.header("Cookie", header.toString());
    }
    return request;
  }

  /** Sends a request to the platform and keeps (or forgets) the cookies its answer sets. */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || cookie.contains("Max-Age=0")) {
          cookies.remove(name);
        } else {
          cookies.put(name, value);
        }
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The plain refusal page this answer (a 303 to a page under {@code prefix}) leads to; fails on
   * anything else or a stack trace.
   */
  public String refusal(HttpResponse<String> answer, String prefix) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
    String location = answer.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith(prefix);
    HttpResponse<String> page = get(location);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("Exception");
    return page.body();
  }
}
