package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The platform's API as a test uses it: calls with a bearer token, answers parsed as JSON, and
 * teachers signed up on the way. Each call comes from a random address (the deployment must trust
 * X-Forwarded-For) so that sign-in throttling per address does not mix tests.
 */
public final class Api {

  private final URL base;

  public Api(URL base) {
    this.base = base;
  }

  /** An answer: status, headers and body, with the body as JSON when asked. */
  public record Answer(HttpResponse<String> response) {
    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body())).readObject();
    }

    public JsonArray array() {
      return Json.createReader(new StringReader(body())).readArray();
    }

    public String text(String field) {
      return json().getString(field);
    }
  }

  /** A signed-up teacher and their token. */
  public record Person(String id, String email, String password, String name, String token) {}

  public Answer call(String method, String path, String body, String token, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "X-Forwarded-For";
    all[1] = address();
    System.arraycopy(headers, 0, all, 2, headers.length);
    return new Answer(Http.json(method, Http.serverRoot(base, path), body, token, all));
  }

  public Answer get(String path, String token) {
    return call("GET", path, null, token);
  }

  public Person signUp(String name) {
    String email =
        name.toLowerCase().replaceAll("[^a-z]", "")
            + "-"
            + UUID.randomUUID().toString().substring(0, 8)
            + "@school.test";
    String password = "tulips in the spring " + UUID.randomUUID().toString().substring(0, 4);
    return signUp(email, password, Json.createObjectBuilder().add("name", name));
  }

  /** Signs up with this email, password and more fields (a name at least), then gets a token. */
  public Person signUp(String email, String password, JsonObjectBuilder fields) {
    JsonObject body = fields.add("email", email).add("password", password).build();
    Answer created = patiently("POST", "/api/accounts", body.toString());
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return new Person(
        created.text("id"), email, password, body.getString("name"), token(email, password));
  }

  public String token(String email, String password) {
    Answer issued =
        patiently(
            "POST",
            "/api/tokens",
            Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .build()
                .toString());
    assertThat(issued.status()).as(issued.body()).isEqualTo(201);
    return issued.text("token");
  }

  /**
   * Calls again, as a client should, while the platform answers 503 because too many passwords are
   * being hashed at once (tests that sign up many teachers in parallel), after its Retry-After.
   */
  private Answer patiently(String method, String path, String body) {
    for (int attempt = 1; ; attempt++) {
      Answer answer = call(method, path, body, null);
      if (answer.status() != 503 || answer.header("Retry-After") == null || attempt == 60) {
        return answer;
      }
      try {
        Thread.sleep(1000L * Long.parseLong(answer.header("Retry-After")));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return answer;
      }
    }
  }

  /**
   * Completes a step of any kind the way its teacher would: a quiz with its right answers, a
   * reflection by submitting one long enough, a puzzle with its author's solution, any other step
   * with an empty body.
   */
  public Answer completeStep(
      Person teacher, String enrollment, org.pathways.content.entity.Step step) {
    String path = "/api/enrollments/" + enrollment;
    return switch (step.kind()) {
      case QUIZ ->
          call(
              "PUT",
              path + "/steps/" + step.key() + "/completion",
              ShippedContent.rightAnswers(step),
              teacher.token());
      case REFLECTION ->
          call(
              "POST",
              path + "/reflections/" + step.key() + "/submissions",
              ShippedContent.reflection(step, "PRIVATE"),
              teacher.token(),
              "Idempotency-Key",
              "submit-" + step.key());
      case PUZZLE ->
          call(
              "PUT",
              path + "/steps/" + step.key() + "/completion",
              ShippedContent.solution(step),
              teacher.token());
      default -> call("PUT", path + "/steps/" + step.key() + "/completion", "{}", teacher.token());
    };
  }

  /** A JSON text from name, value pairs (values may be strings, numbers or JSON values). */
  public static String object(Object... pairs) {
    var builder = Json.createObjectBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      String name = (String) pairs[i];
      Object value = pairs[i + 1];
      if (value instanceof JsonValue json) {
        builder.add(name, json);
      } else if (value instanceof Integer number) {
        builder.add(name, number);
      } else if (value == null) {
        builder.addNull(name);
      } else {
        builder.add(name, value.toString());
      }
    }
    return builder.build().toString();
  }

  private static String address() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "10."
        + random.nextInt(1, 250)
        + "."
        + random.nextInt(1, 250)
        + "."
        + random.nextInt(1, 250);
  }
}
