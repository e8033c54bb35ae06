package org.pathways.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** A small HTTP client for black-box tests of the running platform. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final HttpClient HTTP_1_1 =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  public static HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
  }

  /**
   * Waits until the platform at {@code base} reports ready (database, schema and content). Each
   * poll is a short HTTP/1.1 call (a cleartext HTTP/2 upgrade to a server still warming up could
   * hold a poll for the whole request timeout); a poll that fails is tried again; on time-out the
   * failure says what the platform last answered.
   */
  public static void awaitReady(URL base) {
    awaitReady(base, Duration.ofSeconds(90));
  }

  /** As {@link #awaitReady(URL)}, waiting at most {@code limit}. */
  public static void awaitReady(URL base, Duration limit) {
    URI ready = serverRoot(base, "/health/ready");
    AtomicReference<String> last = new AtomicReference<>("no answer yet");
    try {
      Awaitility.await()
          .atMost(limit)
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                try {
                  HttpResponse<String> answer =
                      HTTP_1_1.send(
                          HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                          HttpResponse.BodyHandlers.ofString());
                  last.set(answer.statusCode() + " " + answer.body());
                  return answer.statusCode() == 200;
                } catch (IOException e) {
                  last.set(e.toString());
                  return false;
                }
              });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          ready + " did not say ready in " + limit + "; it last answered: " + last, e);
    }
  }

  /** {@code path} from the root of the server that serves {@code base} (for /health, /openapi). */
  public static URI serverRoot(URL base, String path) {
    return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
  }

  /** A JSON call, with a bearer token when one is given and headers in name, value pairs. */
  public static HttpResponse<String> json(
      String method, URI uri, String body, String token, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * An answer's body as it came over the wire (a compressed one stays compressed), over HTTP/1.1 as
   * a reverse proxy or a browser reaches the platform (the server compresses nothing over cleartext
   * HTTP/2, which only such clients as this one ask for).
   */
  public static HttpResponse<byte[]> bytes(HttpRequest request) {
    try {
      return HTTP_1_1.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A response read off the wire: status, headers (names in lower case) and body. */
  public record Raw(
      int status, java.util.Map<String, java.util.List<String>> headers, String body) {
    public java.util.Optional<String> header(String name) {
      return headers
          .getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of())
          .stream()
          .findFirst();
    }

    /**
     * Every cookie the answer set, as a Cookie header sends them back ({@code a=1; b=2}), the last
     * of each name: the session's and any set beside it (a distributable session's version, a
     * proxy's).
     */
    public String cookies() {
      java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
      for (String cookie : headers.getOrDefault("set-cookie", java.util.List.of())) {
        String pair = cookie.split(";", 2)[0];
        set.put(pair.split("=", 2)[0], pair);
      }
      return String.join("; ", set.values());
    }
  }

  /**
   * Sends {@code method path} with the headers as written, to the server of {@code base}: for
   * spellings of paths and headers (a forged Host) that the HTTP client would refuse or tidy.
   */
  public static Raw raw(URL base, String method, String path, String body, String... headers) {
    StringBuilder request =
        new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    boolean host = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      host |= headers[i].equalsIgnoreCase("Host");
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (!host) {
      request
          .append("Host: ")
          .append(base.getHost())
          .append(':')
          .append(base.getPort())
          .append("\r\n");
    }
    byte[] content =
        body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    request
        .append("Content-Length: ")
        .append(content.length)
        .append("\r\nConnection: close\r\n\r\n");
    try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write(request.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int end = answer.indexOf("\r\n\r\n");
      String[] lines = answer.substring(0, end < 0 ? answer.length() : end).split("\r\n");
      java.util.Map<String, java.util.List<String>> fields = new java.util.HashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          fields
              .computeIfAbsent(
                  lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                  k -> new java.util.ArrayList<>())
              .add(lines[i].substring(colon + 1).strip());
        }
      }
      return new Raw(
          Integer.parseInt(lines[0].split(" ")[1]),
          fields,
          end < 0 ? "" : answer.substring(end + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
