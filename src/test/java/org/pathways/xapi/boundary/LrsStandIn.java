package org.pathways.xapi.boundary;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A learning record store for the tests, on the JDK's HTTP server (port 0), that enforces the xAPI
 * 1.0.3 statement resource's rules: the version header (400 without), Basic authentication (401), a
 * POSTed array answered 200 with its ids (409 when it holds one of them), a PUT with {@code
 * statementId} answered 204 (also for an id it holds with the same content; 409 for other content),
 * and the structure of each statement (actor, verb, object, a UUID id, IRIs, a score for a quiz, no
 * result for a reflection). It answers 503 while {@link #down} is set.
 */
final class LrsStandIn {

  /** The statements it holds, by id. */
  final Map<String, JsonObject> stored = new ConcurrentHashMap<>();

  /** What it refused as malformed or unauthenticated, and conflicting contents. */
  final List<String> problems = new CopyOnWriteArrayList<>();

  final AtomicInteger conflicts = new AtomicInteger();
  final AtomicInteger puts = new AtomicInteger();
  volatile boolean down;

  private final String user;
  private final String password;
  private final String publicUrl;
  private final HttpServer server;

  LrsStandIn(String user, String password, String publicUrl) {
    this.user = user;
    this.password = password;
    this.publicUrl = publicUrl;
    this.server = server();
  }

  /** Its xAPI endpoint (no final slash). */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi";
  }

  void stop() {
    server.stop(0);
  }

  private HttpServer server() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/xapi/statements", this::statements);
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void statements(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String method = exchange.getRequestMethod();
    if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
      problems.add("no version header");
      answer(exchange, 400, "{\"error\":\"X-Experience-API-Version required\"}");
      return;
    }
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      problems.add("not authenticated");
      answer(exchange, 401, "{}");
      return;
    }
    if (down) {
      answer(exchange, 503, "{}");
      return;
    }
    try {
      if ("POST".equals(method)) {
        JsonArray batch = Json.createReader(new StringReader(body)).readArray();
        List<JsonObject> statements = batch.getValuesAs(JsonObject.class);
        for (JsonObject statement : statements) {
          String problem = problem(statement);
          if (problem != null) {
            problems.add(problem + ": " + statement);
            answer(exchange, 400, "{}");
            return;
          }
        }
        if (statements.stream().anyMatch(s -> stored.containsKey(s.getString("id")))) {
          conflicts.incrementAndGet();
          answer(exchange, 409, "{}");
          return;
        }
        statements.forEach(s -> stored.put(s.getString("id"), s));
        answer(
            exchange,
            200,
            statements.stream()
                .map(s -> "\"" + s.getString("id") + "\"")
                .collect(Collectors.joining(",", "[", "]")));
      } else if ("PUT".equals(method)) {
        puts.incrementAndGet();
        String query = exchange.getRequestURI().getQuery();
        String id = query == null ? "" : query.replaceFirst("^statementId=", "");
        JsonObject statement = Json.createReader(new StringReader(body)).readObject();
        String problem = problem(statement);
        if (problem != null || !id.equals(statement.getString("id"))) {
          problems.add(problem + ": " + statement);
          answer(exchange, 400, "{}");
          return;
        }
        JsonObject held = stored.putIfAbsent(id, statement);
        if (held != null && !held.equals(statement)) {
          conflicts.incrementAndGet();
          problems.add("a different statement under " + id);
          answer(exchange, 409, "{}");
          return;
        }
        answer(exchange, 204, null);
      } else {
        answer(exchange, 405, "{}");
      }
    } catch (RuntimeException e) {
      problems.add("unreadable: " + e);
      answer(exchange, 400, "{}");
    }
  }

  /** What is wrong with a statement's structure, or null. */
  private String problem(JsonObject statement) {
    Function<String, Boolean> iri = value -> value != null && value.matches("^https?://\\S+$");
    try {
      UUID.fromString(statement.getString("id"));
      JsonObject actor = statement.getJsonObject("actor");
      if (!"Agent".equals(actor.getString("objectType"))
          || actor.containsKey("mbox")
          || !publicUrl.equals(actor.getJsonObject("account").getString("homePage"))) {
        return "actor";
      }
      UUID.fromString(actor.getJsonObject("account").getString("name"));
      String verb = statement.getJsonObject("verb").getString("id");
      if (!iri.apply(verb) || !verb.startsWith("http://adlnet.gov/expapi/verbs/")) {
        return "verb";
      }
      JsonObject object = statement.getJsonObject("object");
      if (!iri.apply(object.getString("id"))
          || !object.getString("id").startsWith(publicUrl + "/")
          || !iri.apply(object.getJsonObject("definition").getString("type"))
          || object.getJsonObject("definition").getJsonObject("name").isEmpty()) {
        return "object";
      }
      Instant.parse(statement.getString("timestamp"));
      JsonObject context = statement.getJsonObject("context");
      if (!"Pathways".equals(context.getString("platform"))) {
        return "context";
      }
      if (verb.endsWith("/answered") && statement.containsKey("result")) {
        return "a reflection's result";
      }
      if ((verb.endsWith("/passed") || verb.endsWith("/failed"))
          && statement.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled")
              == null) {
        return "score";
      }
      return null;
    } catch (RuntimeException e) {
      return "structure (" + e + ")";
    }
  }

  private static void answer(HttpExchange exchange, int status, String body) throws IOException {
    if (body == null) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
