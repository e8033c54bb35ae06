package org.pathways.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pathways against what the hardware does with the same work, in one run on one box: {@code
 * teachers} enrolled teachers (each their own enrolment), no think time, phase after phase for
 * {@code seconds} each after a {@code warmup}: an enrolled teacher's step view, the completion of a
 * step (repeated: the upsert finds it done), the public course outline, {@code /api/me}, then the
 * teachers' mix of {@link TeacherJourneySimulation}. Afterwards, where installed, {@code pgbench}
 * runs the same {@code insert ... on conflict do nothing} against the platform's database ({@code
 * -DdbUrl}), and the table prints the ratios. Where {@code nginx} is installed, a first phase has
 * it serve the step view's bytes as a file (same teachers, same generator); elsewhere the table
 * says it was skipped.
 *
 * <p>{@code -DbaseUrl=http://localhost:8080 -DdbUrl=jdbc:postgresql://localhost:PORT/pathways
 * -Dteachers=16 -Dseconds=20 -Dwarmup=20 -Dcourse=k5-online-workshop}
 */
public class NearHardwareSimulation extends Simulation {

  static {
    // The mix runs without think time unless told otherwise (read by TeacherJourneySimulation).
    System.setProperty("think", System.getProperty("think", "0"));
  }

  private static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
  private static final String DB_URL = System.getProperty("dbUrl", "");
  private static final String DB_USER = System.getProperty("dbUser", "pathways");
  private static final String DB_PASSWORD = System.getProperty("dbPassword", "pathways");
  private static final String COURSE = System.getProperty("course", "k5-online-workshop");
  private static final int TEACHERS = Integer.getInteger("teachers", 16);
  private static final int SECONDS = Integer.getInteger("seconds", 20);
  private static final int WARMUP = Integer.getInteger("warmup", 20);
  private static final String AUTHORIZATION = "Bearer #{token}";

  private static final String NGINX = "nginx: step bytes";
  private static final String[] PHASES = {
    NGINX, "step view", "completion", "public outline", "api/me", "mix"
  };

  private final HttpClient client = HttpClient.newHttpClient();
  private volatile String stepBody = "";
  private Process nginx;
  private int nginxPort;
  private String nginxNote = "";

  {
    for (int i = 0; i < TEACHERS; i++) {
      teacher();
    }
    ChainBuilder view =
        exec(
            http("step view")
                .get("/api/courses/" + COURSE + "/steps/#{stepKey}")
                .header("Authorization", AUTHORIZATION)
                .check(status().is(200)));
    ChainBuilder complete =
        exec(
            http("completion")
                .put("/api/enrollments/#{enrollmentId}/steps/#{stepKey}/completion")
                .header("Authorization", AUTHORIZATION)
                .body(StringBody("{}"))
                .asJson()
                .check(status().is(200)));
    ChainBuilder outline =
        exec(http("public outline").get("/api/courses/" + COURSE).check(status().is(200)));
    ChainBuilder me =
        exec(
            http("api/me")
                .get("/api/me")
                .header("Authorization", AUTHORIZATION)
                .check(status().is(200)));
    PopulationBuilder warm =
        phase("warm-up", WARMUP, view.exec(complete).exec(outline).exec(me)).protocols(protocol());
    startNginx();
    PopulationBuilder first = warm;
    if (nginx != null) {
      ChainBuilder file = exec(http(NGINX).get(nginxUrl() + "/step.json").check(status().is(200)));
      first = warm.andThen(phase(NGINX, SECONDS, file).protocols(timed(NGINX)));
    }
    PopulationBuilder steps = phase(PHASES[1], SECONDS, view).protocols(timed(PHASES[1]));
    PopulationBuilder completions = phase(PHASES[2], SECONDS, complete).protocols(timed(PHASES[2]));
    PopulationBuilder outlines = phase(PHASES[3], SECONDS, outline).protocols(timed(PHASES[3]));
    PopulationBuilder mes = phase(PHASES[4], SECONDS, me).protocols(timed(PHASES[4]));
    PopulationBuilder mix =
        scenario("mix")
            .exec(TeacherJourneySimulation.SET_UP)
            .exec(during(Duration.ofSeconds(SECONDS)).on(TeacherJourneySimulation.VISIT))
            .injectOpen(atOnceUsers(TEACHERS))
            .protocols(timed(PHASES[5]));
    setUp(first.andThen(steps).andThen(completions).andThen(outlines).andThen(mes).andThen(mix))
        .maxDuration(Duration.ofSeconds(WARMUP + 6L * SECONDS + 300));
  }

  @Override
  public void before() {
    RequestSummary.printAtExit("nearhardwaresimulation-");
  }

  @Override
  public void after() {
    if (nginx != null) {
      nginx.destroy();
    }
    String pgbench = pgbench();
    StringBuilder table = new StringBuilder(System.lineSeparator());
    table.append(
        String.format(
            "---- Near the hardware: %d teachers, %d s per phase, no think time ----%n",
            TEACHERS, SECONDS));
    table.append(
        String.format(
            "%-16s %10s %7s %7s   %-44s %7s%n",
            "work", "req/s", "p95 ms", "p99 ms", "the same work without the platform", "ratio"));
    double nginxRate = PhaseTimes.of(NGINX).perSecond();
    for (String phase : PHASES) {
      PhaseTimes times = PhaseTimes.of(phase);
      String without = "";
      String ratio = "";
      if (phase.equals(NGINX)) {
        if (nginx == null) {
          table.append(String.format("%-16s %s%n", "nginx", nginxNote));
          continue;
        }
      } else if (phase.equals("step view")) {
        if (nginx != null && nginxRate > 0) {
          without = String.format("nginx, the same bytes as a file: %.0f req/s", nginxRate);
          ratio = String.format("%.1f%%", 100 * times.perSecond() / nginxRate);
        }
      } else if (phase.equals("completion")) {
        without = pgbench;
        Matcher tps = Pattern.compile("([0-9.]+) tps").matcher(pgbench);
        if (tps.find()) {
          ratio =
              String.format("%.1f%%", 100 * times.perSecond() / Double.parseDouble(tps.group(1)));
        }
      }
      table.append(
          String.format(
              "%-16s %10.0f %7d %7d   %-44s %7s%n",
              phase,
              times.perSecond(),
              times.percentile(95),
              times.percentile(99),
              without,
              ratio));
    }
    table.append(
        String.format(
            "(step body %d bytes; aims: step view >= 10%% of nginx, completion >= 25%% of pgbench,"
                + " mix >= 1,500 req/s with p95 < 50 ms and no KO)%n",
            stepBody.length()));
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> System.out.print(table), "near-hardware-table"));
  }

  private static PopulationBuilder phase(String name, int seconds, ChainBuilder work) {
    return scenario(name)
        .exec(feed(TEACHER_FEED))
        .exec(during(Duration.ofSeconds(seconds)).on(work))
        .injectOpen(atOnceUsers(TEACHERS));
  }

  private static HttpProtocolBuilder protocol() {
    return io.gatling.javaapi.http.HttpDsl.http
        .baseUrl(BASE_URL)
        .acceptHeader("application/json")
        .userAgentHeader("Pathways benchmark (Gatling)")
        // every phase fetches the whole answer: no If-None-Match / If-Modified-Since, no 304
        .disableCaching()
        .disableWarmUp();
  }

  /** The protocol of one phase: every response's time goes to the phase's figures. */
  private static HttpProtocolBuilder timed(String phase) {
    PhaseTimes times = PhaseTimes.of(phase);
    return protocol().check(responseTimeInMillis().transform(times::record));
  }

  private static final List<Map<String, Object>> TEACHER_LIST = new ArrayList<>();

  /** The prepared teachers, in turn, to every virtual user of every phase. */
  private static final Iterator<Map<String, Object>> TEACHER_FEED =
      new Iterator<>() {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public boolean hasNext() {
          return true;
        }

        @Override
        public Map<String, Object> next() {
          synchronized (TEACHER_LIST) {
            return TEACHER_LIST.get(Math.floorMod(next.getAndIncrement(), TEACHER_LIST.size()));
          }
        }
      };

  /** Signs a teacher up, signs in, enrols, and picks the course's first step that is read. */
  private void teacher() {
    String id = UUID.randomUUID().toString();
    String email = "near-" + id + "@example.org";
    String password = "Bench-" + id;
    call("POST", "/api/accounts", null, body("email", email, "password", password, "name", "Near"));
    String token =
        field(
            call("POST", "/api/tokens", null, body("email", email, "password", password)), "token");
    String enrollment =
        field(call("POST", "/api/enrollments", token, body("course", COURSE)), "id");
    String outline = call("GET", "/api/courses/" + COURSE, token, null);
    Matcher step =
        Pattern.compile("\"key\":\"([^\"]+)\",\"kind\":\"(PAGE|VIDEO)\"").matcher(outline);
    String key = step.find() ? step.group(1) : field(outline, "key");
    stepBody = call("GET", "/api/courses/" + COURSE + "/steps/" + key, token, null);
    Map<String, Object> teacher =
        Map.of("token", token, "enrollmentId", enrollment, "stepKey", key);
    synchronized (TEACHER_LIST) {
      TEACHER_LIST.add(teacher);
    }
  }

  private String call(String method, String path, String token, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE_URL + path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 300) {
        throw new IllegalStateException(
            method + " " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException("Is the platform running at " + BASE_URL + "? " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }

  private static String body(String... namesAndValues) {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      json.append(i == 0 ? "" : ",")
          .append('"')
          .append(namesAndValues[i])
          .append("\":\"")
          .append(namesAndValues[i + 1])
          .append('"');
    }
    return json.append('}').toString();
  }

  /**
   * nginx serving the step view's bytes as a file, on a free port with its own configuration in a
   * temporary folder (one worker per core, access log off), driven by the same Gatling phase shape
   * as the platform's step view, so the ratio compares the two with one load generator.
   */
  private void startNginx() {
    Path program = onPath("nginx");
    if (program == null) {
      nginxNote = "nginx not installed: skipped";
      return;
    }
    try {
      Path root = Files.createTempDirectory("pathways-nginx-");
      Files.writeString(root.resolve("step.json"), stepBody);
      // readable by nginx's workers, which drop root's rights when started by root
      root.toFile().setReadable(true, false);
      root.toFile().setExecutable(true, false);
      root.resolve("step.json").toFile().setReadable(true, false);
      try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
        nginxPort = free.getLocalPort();
      }
      Path conf = root.resolve("nginx.conf");
      Files.writeString(
          conf,
          String.join(
              "\n",
              "daemon off;",
              "worker_processes auto;",
              "pid " + root.resolve("nginx.pid") + ";",
              "error_log " + root.resolve("error.log") + ";",
              "events { worker_connections 1024; }",
              "http {",
              "  access_log off;",
              "  client_body_temp_path " + root + ";",
              "  proxy_temp_path " + root + ";",
              "  fastcgi_temp_path " + root + ";",
              "  uwsgi_temp_path " + root + ";",
              "  scgi_temp_path " + root + ";",
              "  server {",
              "    listen 127.0.0.1:" + nginxPort + ";",
              "    root " + root + ";",
              "    location / { default_type application/json; }",
              "  }",
              "}",
              ""));
      nginx =
          new ProcessBuilder(program.toString(), "-p", root.toString(), "-c", conf.toString())
              .redirectErrorStream(true)
              .redirectOutput(root.resolve("stdout.log").toFile())
              .start();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (System.nanoTime() < until) {
        try {
          HttpResponse<Void> answer =
              client.send(
                  HttpRequest.newBuilder(URI.create(nginxUrl() + "/step.json")).build(),
                  HttpResponse.BodyHandlers.discarding());
          if (answer.statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          Thread.sleep(100);
        }
      }
      nginxNote = "nginx did not start: see " + root.resolve("error.log");
    } catch (IOException e) {
      nginxNote = "nginx failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      nginxNote = "nginx interrupted";
    }
  }

  private String nginxUrl() {
    return "http://127.0.0.1:" + nginxPort;
  }

  /**
   * pgbench's {@code insert ... on conflict do nothing} into a progress table of the same shape
   * ({@code bench_progress}, made and dropped here), {@code teachers} clients, one row each.
   */
  private static String pgbench() {
    Path pgbench = onPath("pgbench");
    if (pgbench == null) {
      return "pgbench not installed: skipped";
    }
    Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(DB_URL);
    if (!url.matches()) {
      return "pgbench skipped: give -DdbUrl=jdbc:postgresql://HOST:PORT/DB";
    }
    try (Connection db = DriverManager.getConnection(DB_URL, DB_USER, DB_PASSWORD)) {
      db.createStatement()
          .execute(
              "create table if not exists bench_progress (enrollment_id uuid not null,"
                  + " step_key text not null, completed_at timestamptz not null,"
                  + " primary key (enrollment_id, step_key))");
      Path script = Files.createTempFile("pathways-upsert-", ".sql");
      Files.writeString(
          script,
          "\\set n random(1, "
              + TEACHERS
              + ")\n"
              + "insert into bench_progress (enrollment_id, step_key, completed_at) values"
              + " (('00000000-0000-0000-0000-' || lpad(:n::text, 12, '0'))::uuid, 'first-step',"
              + " now()) on conflict do nothing;\n");
      ProcessBuilder run =
          new ProcessBuilder(
                  pgbench.toString(),
                  "-n",
                  "-c",
                  String.valueOf(TEACHERS),
                  "-j",
                  "2",
                  "-T",
                  String.valueOf(SECONDS),
                  "-f",
                  script.toString(),
                  "-h",
                  url.group(1),
                  "-p",
                  url.group(2),
                  "-U",
                  DB_USER,
                  url.group(3))
              .redirectErrorStream(true);
      run.environment().put("PGPASSWORD", DB_PASSWORD);
      Process process = run.start();
      String output = new String(process.getInputStream().readAllBytes());
      process.waitFor(SECONDS + 60L, TimeUnit.SECONDS);
      db.createStatement().execute("drop table if exists bench_progress");
      Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
      return tps.find()
          ? String.format("pgbench upsert: %.0f tps", Double.parseDouble(tps.group(1)))
          : "pgbench failed: " + output.strip().replace('\n', ' ');
    } catch (IOException | SQLException e) {
      return "pgbench failed: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "pgbench interrupted";
    }
  }

  private static Path onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin");
    for (String dir : (path + ":/usr/sbin:/usr/local/sbin").split(":")) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
