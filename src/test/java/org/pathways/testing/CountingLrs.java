package org.pathways.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A learning record store that counts each statement's arrivals (POSTed batches and PUTs alike) and
 * takes a moment to answer, so that two sweeps running at once overlap.
 */
public final class CountingLrs {
  private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
  private final HttpServer server;

  public CountingLrs() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/xapi/statements", this::statements);
    server.start();
  }

  public String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
  }

  public int arrivals() {
    return arrivals.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  public Map<String, Integer> twice() {
    return arrivals.entrySet().stream()
        .filter(e -> e.getValue().get() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
  }

  public void stop() {
    server.stop(0);
  }

  private void statements(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    List<String> ids = new ArrayList<>();
    JsonValue sent = Json.createReader(new StringReader(body)).readValue();
    if (sent.getValueType() == JsonValue.ValueType.ARRAY) {
      sent.asJsonArray().getValuesAs(JsonObject.class).forEach(s -> ids.add(s.getString("id")));
    } else {
      ids.add(sent.asJsonObject().getString("id"));
    }
    ids.forEach(id -> arrivals.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet());
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    boolean batch = "POST".equals(exchange.getRequestMethod());
    byte[] answer =
        batch
            ? ids.stream()
                .map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(",", "[", "]"))
                .getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(batch ? 200 : 204, batch ? answer.length : -1);
    exchange.getResponseBody().write(answer);
    exchange.close();
  }
}
