package org.pathways.live.boundary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client of {@code GET /api/me/events} as a page is one: it reads the stream as it comes, in a
 * thread of its own, and parses server-sent events (named events in a queue, comment lines
 * counted).
 */
final class EventStream implements AutoCloseable {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** One event: its id, name and data (lines joined). */
  record Event(String id, String name, String data) {}

  private final HttpResponse<InputStream> response;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final AtomicInteger comments = new AtomicInteger();
  private final CountDownLatch opened = new CountDownLatch(1);
  private final CountDownLatch ended = new CountDownLatch(1);

  private EventStream(HttpResponse<InputStream> response) {
    this.response = response;
    if (response.statusCode() == 200) {
      Thread reader = new Thread(this::read, "event-stream-reader");
      reader.setDaemon(true);
      reader.start();
    } else {
      ended.countDown();
    }
  }

  static EventStream open(URI uri, String token, String lastEventId) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .header("Accept", "text/event-stream")
            .header(
                "X-Forwarded-For",
                "10." + random.nextInt(1, 250) + "." + random.nextInt(1, 250) + ".7")
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      return new EventStream(
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int status() {
    return response.statusCode();
  }

  String header(String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  /** Waits for the stream's first line (the server writes a comment as it opens). */
  void awaitOpen() throws InterruptedException {
    if (!opened.await(5, TimeUnit.SECONDS)) {
      throw new AssertionError("The stream sent nothing within 5 s");
    }
  }

  /** The next named event within this time, or null. */
  Event next(Duration within) throws InterruptedException {
    return events.poll(within.toMillis(), TimeUnit.MILLISECONDS);
  }

  int comments() {
    return comments.get();
  }

  /** Whether the server ended the stream within this time. */
  boolean awaitEnd(Duration within) throws InterruptedException {
    return ended.await(within.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
      String id = null;
      String name = "message";
      StringBuilder data = null;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        opened.countDown();
        if (line.isEmpty()) {
          if (data != null) {
            events.add(new Event(id, name, data.toString()));
          }
          id = null;
          name = "message";
          data = null;
        } else if (line.startsWith(":")) {
          comments.incrementAndGet();
        } else {
          int colon = line.indexOf(':');
          String field = colon < 0 ? line : line.substring(0, colon);
          String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
          switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" ->
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            default -> {
              // retry and unknown fields: nothing to do
            }
          }
        }
      }
    } catch (IOException e) {
      // Closed by the test, or the server went away.
    } finally {
      ended.countDown();
    }
  }

  @Override
  public void close() throws IOException {
    response.body().close();
  }
}
