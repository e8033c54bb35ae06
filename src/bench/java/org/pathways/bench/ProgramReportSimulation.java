package org.pathways.bench;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Program managers asking for the program report over 10,000 teachers, 200 cohorts and 50
 * districts: the whole program, one district, one cohort, and one district as CSV, with the
 * assertion that the 95th percentile stays under one second.
 *
 * <p>The data is seeded before the run by {@code report-seed.sql} (SQL {@code generate_series},
 * seconds) through a JDBC connection to the platform's database that the benchmark is given ({@code
 * -DdbUrl -DdbUser -DdbPassword}): the seeding path exists only in this profile, never in the WAR,
 * so no production build can be asked to make fake teachers; it runs once per database (its
 * districts are its marker). A program manager is then signed up through the API and given the role
 * by the administrator ({@code -DadminEmail -DadminPassword}, the platform's first administrator).
 * Then {@code users} managers (default 4) arrive within 5 s and ask, for {@code duration} seconds,
 * thinking {@code think} seconds (default 0.5) between reports.
 */
public class ProgramReportSimulation extends Simulation {

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
  private static final int USERS = Integer.parseInt(System.getProperty("users", "4"));
  private static final int DURATION = Integer.parseInt(System.getProperty("duration", "60"));
  private static final double THINK = Double.parseDouble(System.getProperty("think", "0.5"));
  private static final Duration THINK_MIN = Duration.ofMillis(Math.round(THINK * 500));
  private static final Duration THINK_MAX = Duration.ofMillis(Math.round(THINK * 1500));

  /** The program manager's token, made in {@link #before()}. */
  private static volatile String token;

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE_URL)
          .acceptHeader("application/json")
          .userAgentHeader("Pathways benchmark (Gatling)")
          .disableWarmUp();

  private final ChainBuilder ask =
      exec(session ->
              session
                  .set("token", token)
                  .set("district", seeded("bench-district-", 50))
                  .set("cohort", seeded("bench-cohort-", 200)))
          .exec(
              http("report: whole program")
                  .get("/api/reports/programs")
                  .header("Authorization", "Bearer #{token}")
                  .check(status().is(200)))
          .pause(THINK_MIN, THINK_MAX)
          .exec(
              http("report: one district")
                  .get("/api/reports/programs?district=#{district}")
                  .header("Authorization", "Bearer #{token}")
                  .check(status().is(200)))
          .pause(THINK_MIN, THINK_MAX)
          .exec(
              http("report: one cohort")
                  .get("/api/reports/programs?cohort=#{cohort}")
                  .header("Authorization", "Bearer #{token}")
                  .check(status().is(200)))
          .pause(THINK_MIN, THINK_MAX)
          .exec(
              http("report: district CSV")
                  .get("/api/reports/programs?program=middle-school&district=#{district}")
                  .header("Authorization", "Bearer #{token}")
                  .header("Accept", "text/csv")
                  .check(status().is(200)))
          .pause(THINK_MIN, THINK_MAX);

  {
    setUp(
            scenario("Program managers")
                .exec(during(Duration.ofSeconds(DURATION)).on(ask))
                .injectOpen(rampUsers(USERS).during(Duration.ofSeconds(5))))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(DURATION).plusMinutes(2))
        .assertions(global().responseTime().percentile(95.0).lt(1000));
  }

  @Override
  public void before() {
    RequestSummary.printAtExit("programreportsimulation-");
    seed();
    token = programManager();
  }

  /** The id the seed gives record {@code n} of a kind (md5 of its name, as PostgreSQL does). */
  private static String seeded(String kind, int count) {
    int n = ThreadLocalRandom.current().nextInt(count) + 1;
    try {
      byte[] md5 =
          MessageDigest.getInstance("MD5").digest((kind + n).getBytes(StandardCharsets.UTF_8));
      String hex = HexFormat.of().formatHex(md5);
      return UUID.fromString(
              hex.replaceFirst("(\\w{8})(\\w{4})(\\w{4})(\\w{4})(\\w{12})", "$1-$2-$3-$4-$5"))
          .toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void seed() {
    String url = required("dbUrl");
    long started = System.nanoTime();
    try (InputStream in = ProgramReportSimulation.class.getResourceAsStream("/report-seed.sql");
        Connection connection =
            DriverManager.getConnection(
                url,
                System.getProperty("dbUser", "pathways"),
                System.getProperty("dbPassword", "pathways"));
        Statement statement = connection.createStatement()) {
      statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException | SQLException e) {
      throw new IllegalStateException("Seeding the report data failed: " + e.getMessage(), e);
    }
    System.out.printf(
        "Report data seeded (or already there) in %d ms%n",
        (System.nanoTime() - started) / 1_000_000);
  }

  /** Signs up a program manager, has the administrator give the role, and signs them in. */
  private static String programManager() {
    String email = "bench-manager-" + UUID.randomUUID() + "@bench.invalid";
    String password = "Bench manager " + UUID.randomUUID();
    String admin =
        field(
            call(
                "POST",
                "/api/tokens",
                credentials(required("adminEmail"), required("adminPassword")),
                null,
                201),
            "token");
    String id =
        field(
            call(
                "POST",
                "/api/accounts",
                "{\"email\":\""
                    + email
                    + "\",\"password\":\""
                    + password
                    + "\",\"name\":\"Bench Manager\"}",
                null,
                201),
            "id");
    call(
        "PUT",
        "/api/users/" + id + "/roles",
        "{\"roles\":[\"TEACHER\",\"PROGRAM_MANAGER\"]}",
        admin,
        200);
    return field(call("POST", "/api/tokens", credentials(email, password), null, 201), "token");
  }

  private static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password.replace("\"", "\\\"") + "\"}";
  }

  private static String call(String method, String path, String body, String bearer, int status) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE_URL + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != status) {
        throw new IllegalStateException(
            method + " " + path + ": " + response.statusCode() + " " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String field(String json, String name) {
    Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!value.find()) {
      throw new IllegalStateException("No " + name + " in " + json);
    }
    return value.group(1);
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Set -D" + name + " (see README, Benchmark)");
    }
    return value;
  }
}
