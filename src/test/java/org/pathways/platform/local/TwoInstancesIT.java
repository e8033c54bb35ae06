package org.pathways.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pathways.content.entity.Step;
import org.pathways.testing.Api;
import org.pathways.testing.Http;
import org.pathways.testing.ShippedContent;

/**
 * Two Pathways instances on one PostgreSQL database, without any data grid (issue #23): what holds
 * already because the database is the one shared thing. Instance A is {@code mvn -Prun}'s launcher
 * with its embedded database; instance B is a second launcher on another port pointed at A's
 * database through {@code PATHWAYS_DB_URL}, as a second machine would be. Both run the real WAR in
 * Payara Micro with {@code --nohazelcast}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

  private static final Duration START_LIMIT = Duration.ofMinutes(6);
  private static final String ADMIN = "admin-two@pathways.test";
  private static final String ADMIN_PASSWORD = "two instances, one database";

  /** {@code PATHWAYS_IDENTITY_CACHE_SECONDS}'s default, the README's bound for other instances. */
  private static final Duration IDENTITY_CACHE = Duration.ofSeconds(10);

  private final Path root =
      Path.of(System.getProperty("pathways.test.databases", "target/test-databases"))
          .resolve("two-instances-" + UUID.randomUUID())
          .toAbsolutePath();
  private final Path data = root.resolve("data");
  private final int portA = EmbeddedDatabase.freePort();
  private final int portB = EmbeddedDatabase.freePort();
  private final int databasePort = EmbeddedDatabase.freePort();
  private final List<Process> launchers = new ArrayList<>();

  private Api a;
  private Api b;

  @BeforeAll
  void startTwoInstancesOnOneDatabase() throws Exception {
    a = new Api(base(portA));
    b = new Api(base(portB));
    Map<String, String> first = new HashMap<>();
    first.put("PATHWAYS_DATA_DIR", data.toString());
    first.put("PATHWAYS_EMBEDDED_DB_PORT", String.valueOf(databasePort));
    launch("a", portA, first);
    Map<String, String> second = new HashMap<>();
    second.put("PATHWAYS_DB_URL", EmbeddedDatabase.jdbcUrl(databasePort));
    second.put("PATHWAYS_DB_USER", EmbeddedDatabase.USER);
    second.put("PATHWAYS_DB_PASSWORD", EmbeddedDatabase.PASSWORD);
    launch("b", portB, second);
    assertThat(log("b")).contains("external; no embedded database");
  }

  @AfterAll
  void stopEverything() throws Exception {
    // B first (it only has Payara Micro), then A, whose launcher stops the embedded database.
    for (Process launcher : reversed(launchers)) {
      if (launcher.isAlive()) {
        launcher.destroy();
        launcher.waitFor(60, TimeUnit.SECONDS);
      }
      kill("-9", "--", "-" + launcher.pid());
    }
    serverPid().ifPresent(pid -> kill("-9", String.valueOf(pid)));
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }

  @Test
  void aStepCompletedOnOneInstanceReachesTheTeachersStreamOnTheOther() throws Exception {
    Api.Person teacher = a.signUp("Lina Live");
    String enrollment = enrol(a, teacher);
    try (Events events = Events.open(base(portB), teacher.token())) {
      assertThat(events.status()).isEqualTo(200);
      events.awaitOpen();
      Step first = ShippedContent.course(ShippedContent.K5).modules().get(0).steps().get(0);
      long before = System.nanoTime();
      Api.Answer done = a.completeStep(teacher, enrollment, first);
      assertThat(done.status()).as(done.body()).isIn(200, 201);
      JsonObject progress = events.next("progress", Duration.ofSeconds(5));
      long millis = (System.nanoTime() - before) / 1_000_000;
      System.out.printf("Progress done on A reached the stream on B after %d ms%n", millis);
      assertThat(progress).as("progress on B within 5 s of the completion on A").isNotNull();
      assertThat(progress.getString("enrollmentId")).isEqualTo(enrollment);
      assertThat(progress.getString("stepKey")).isEqualTo(first.key());
    }
  }

  @Test
  void aRepeatSentToTheOtherInstanceGetsTheFirstAnswerAndPostsNothingTwice() {
    Api.Person teacher = a.signUp("Rae Repeat");
    Api.Answer started =
        a.call(
            "POST",
            "/api/forum/spaces/community/threads",
            Api.object("title", "Two instances", "body", "Does it post twice?"),
            teacher.token());
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    String posts = "/api/forum/threads/" + started.json().getString("id") + "/posts";
    String reply = Api.object("body", "Sent, then sent again through the other instance");

    Api.Answer first =
        a.call("POST", posts, reply, teacher.token(), "Idempotency-Key", "two-instances-1");
    Api.Answer repeat =
        b.call("POST", posts, reply, teacher.token(), "Idempotency-Key", "two-instances-1");

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(repeat.status()).isEqualTo(201);
    assertThat(repeat.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(repeat.body()).isEqualTo(first.body());
    assertThat(b.get(posts.replace("/posts", ""), teacher.token()).json().getJsonArray("posts"))
        .as("the opening post and one reply")
        .hasSize(2);
  }

  @Test
  void aTokenMadeOnOneInstanceWorksOnTheOtherAndItsRevocationReachesItWithinTheCacheTime() {
    Api.Person teacher = a.signUp("Tom Token");
    String token = a.token(teacher.email(), teacher.password());
    assertThat(b.get("/api/me", token).status()).as("made on A, used on B").isEqualTo(200);
    assertThat(b.get("/api/me", token).status()).as("B now remembers it").isEqualTo(200);

    Api.Answer revoked = a.call("DELETE", "/api/tokens/current", null, token);
    long at = System.nanoTime();
    assertThat(revoked.status()).as(revoked.body()).isIn(200, 204);
    assertThat(a.get("/api/me", token).status()).as("A forgets at once").isEqualTo(401);
    // Not asserted: B answering 200 here is the gap the cluster's broadcast must close.
    System.out.printf(
        "Right after the revocation on A, B answered %d to the revoked token%n",
        b.get("/api/me", token).status());

    await()
        .atMost(IDENTITY_CACHE.plusSeconds(5))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> b.get("/api/me", token).status() == 401);
    long millis = (System.nanoTime() - at) / 1_000_000;
    System.out.printf(
        "A token revoked on A was still accepted on B for up to %d ms (identity cache %d s)%n",
        millis, IDENTITY_CACHE.toSeconds());
    assertThat(Duration.ofMillis(millis))
        .as("B refuses the revoked token within the identity cache's time (and 2 s to poll)")
        .isLessThanOrEqualTo(IDENTITY_CACHE.plusSeconds(2));
  }

  private static List<Process> reversed(List<Process> processes) {
    List<Process> copy = new ArrayList<>(processes);
    java.util.Collections.reverse(copy);
    return copy;
  }

  private static String enrol(Api instance, Api.Person teacher) {
    Api.Answer enrolled =
        instance.call(
            "POST", "/api/enrollments", Api.object("course", ShippedContent.K5), teacher.token());
    assertThat(enrolled.status()).as(enrolled.body()).isIn(200, 201);
    return enrolled.text("id");
  }

  /** Starts a launcher in a process group of its own, with these settings, and waits for it. */
  private void launch(String name, int port, Map<String, String> own) throws Exception {
    Path tmp = Files.createDirectories(root.resolve("tmp-" + name));
    Map<String, String> env = new HashMap<>(own);
    env.put("PORT", String.valueOf(port));
    // One address for both, as behind a proxy: statements name the same activities.
    env.put("PATHWAYS_PUBLIC_URL", "http://localhost:" + portA);
    env.put("PATHWAYS_PROXY_TRUSTED", "true");
    env.put("PATHWAYS_PASSWORD_ITERATIONS", "1024");
    env.put("PATHWAYS_DEMO_WORKSHOPS", "false");
    env.put("PATHWAYS_ADMIN_EMAIL", ADMIN);
    env.put("PATHWAYS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("PATHWAYS_WORKSHOPS_REMINDER_MINUTES", "0");
    env.put("PATHWAYS_FORUM_DIGEST_MINUTES", "0");
    env.put("PATHWAYS_LTI_GRADE_MINUTES", "0");
    // Every JVM (the launcher, Payara Micro) unpacks into a folder of its own that starts empty.
    env.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                "setsid",
                java.toString(),
                "-cp",
                classpath,
                LocalPlatform.class.getName(),
                System.getProperty("pathways.war"),
                System.getProperty("payara.microJar"),
                Path.of(System.getProperty("pathways.modules")).getParent().toString())
            .redirectErrorStream(true)
            .redirectOutput(root.resolve(name + ".log").toFile());
    builder.environment().putAll(env);
    Process launcher = builder.start();
    launchers.add(launcher);
    await()
        .atMost(START_LIMIT)
        .pollInterval(Duration.ofSeconds(1))
        .failFast("the launcher stopped: " + name + ".log", () -> !launcher.isAlive())
        .until(() -> log(name).contains("Pathways is running"));
    try {
      Http.awaitReady(base(port));
    } catch (AssertionError notReady) {
      throw new AssertionError(notReady.getMessage() + "\n" + log(name), notReady);
    }
  }

  private Optional<Long> serverPid() {
    try {
      Path lock = data.resolve("postgres").resolve(DataFolder.SERVER_LOCK);
      return Files.exists(lock)
          ? Optional.of(Long.parseLong(Files.readAllLines(lock).get(0).strip()))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static int kill(String... arguments) {
    List<String> command = new ArrayList<>(List.of("kill"));
    command.addAll(List.of(arguments));
    try {
      return new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start()
          .waitFor();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private String log(String name) throws IOException {
    Path log = root.resolve(name + ".log");
    return Files.exists(log) ? Files.readString(log) : "";
  }

  private static URL base(int port) throws IOException {
    return new URL("http://localhost:" + port + "/");
  }

  /** {@code GET /api/me/events} read as a page reads it: named events' data, in a queue. */
  private static final class Events implements AutoCloseable {
    private static final HttpClient CLIENT =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Map.Entry<String, String>> events = new LinkedBlockingQueue<>();
    private final CountDownLatch opened = new CountDownLatch(1);

    private Events(HttpResponse<InputStream> response) {
      this.response = response;
      if (response.statusCode() == 200) {
        Thread reader = new Thread(this::read, "two-instances-stream");
        reader.setDaemon(true);
        reader.start();
      }
    }

    static Events open(URL base, String token) throws Exception {
      HttpRequest request =
          HttpRequest.newBuilder(Http.serverRoot(base, "/api/me/events"))
              .header("Accept", "text/event-stream")
              .header("X-Forwarded-For", "10.23.23.23")
              .header("Authorization", "Bearer " + token)
              .GET()
              .build();
      return new Events(CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
      return response.statusCode();
    }

    void awaitOpen() throws InterruptedException {
      assertThat(opened.await(5, TimeUnit.SECONDS)).as("the stream's first line").isTrue();
    }

    /** The data of the next event with this name within this time, or null. */
    JsonObject next(String name, Duration within) throws InterruptedException {
      long end = System.nanoTime() + within.toNanos();
      for (long left = within.toNanos(); left > 0; left = end - System.nanoTime()) {
        Map.Entry<String, String> event = events.poll(left, TimeUnit.NANOSECONDS);
        if (event != null && event.getKey().equals(name)) {
          return Json.createReader(new StringReader(event.getValue())).readObject();
        }
      }
      return null;
    }

    private void read() {
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        String name = "message";
        StringBuilder data = null;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          opened.countDown();
          if (line.isEmpty()) {
            if (data != null) {
              events.add(Map.entry(name, data.toString()));
            }
            name = "message";
            data = null;
          } else if (line.startsWith("event:")) {
            name = line.substring(6).strip();
          } else if (line.startsWith("data:")) {
            String value = line.substring(5).replaceFirst("^ ", "");
            data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
          }
        }
      } catch (IOException e) {
        // closed by the test, or the instance went away
      }
    }

    @Override
    public void close() throws IOException {
      response.body().close();
    }
  }
}
