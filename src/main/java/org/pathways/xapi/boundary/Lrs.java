package org.pathways.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.pathways.xapi.control.Delivery;

/**
 * The configured LRS's statement resource over HTTP, with Basic authentication (the credentials go
 * in the header only: never in an error kept or logged). Never called inside a transaction.
 */
@ApplicationScoped
public class Lrs {

  /** What the LRS answered: its status, or the problem when it was not reached (status 0). */
  public record Answer(int status, String problem) {
    static Answer of(int status) {
      return new Answer(status, Delivery.problem(status));
    }
  }

  @Inject XapiSettings settings;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** Posts these statements as one array. */
  public Answer post(List<String> statements) {
    return send(Delivery.statements(settings.endpoint()), "POST", Delivery.array(statements));
  }

  /** Stores one statement under its id. */
  public Answer put(UUID id, String statement) {
    return send(Delivery.statement(settings.endpoint(), id), "PUT", statement);
  }

  private Answer send(URI uri, String method, String body) {
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(30))
                  .header("Content-Type", "application/json")
                  .header(Delivery.VERSION_HEADER, Delivery.VERSION)
                  .header("Authorization", Delivery.basic(settings.username(), settings.password()))
                  .method(method, HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return Answer.of(answer.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      return new Answer(0, "LRS not reached: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(0, "interrupted");
    }
  }
}
