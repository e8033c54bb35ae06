package org.pathways.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pathways.testing.Api;
import org.pathways.testing.Http;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code mvn -Prun} as a laptop owner lives with it: started from an empty temporary folder (as on
 * a fresh machine, where PostgreSQL and Payara Micro are unpacked for the first time), killed while
 * teachers' work is being written, started again. Each start must succeed at the first try, and
 * every write the platform acknowledged must still be there. And the platform it starts serves
 * requests as the integration tests' server does.
 */
class LocalPlatformIT {

  private static final Duration START_LIMIT = Duration.ofMinutes(6);
  private static final Duration READY_LIMIT = Duration.ofMinutes(4);

  private final Path root =
      Path.of(System.getProperty("pathways.test.databases", "target/test-databases"))
          .resolve("local-platform-" + UUID.randomUUID())
          .toAbsolutePath();
  private final Path data = root.resolve("data");
  private final int port = EmbeddedDatabase.freePort();
  private final int databasePort = EmbeddedDatabase.freePort();
  private final List<Process> launchers = new ArrayList<>();

  @AfterEach
  void stopEverything() throws Exception {
    for (Process launcher : launchers) {
      if (launcher.isAlive()) {
        launcher.destroy(); // SIGTERM: the launcher stops Payara Micro and PostgreSQL itself
        launcher.waitFor(60, TimeUnit.SECONDS);
      }
      kill("-9", "--", "-" + launcher.pid());
    }
    serverPid().ifPresent(pid -> kill("-9", String.valueOf(pid)));
    try (Stream<Path> files = Files.walk(root)) {
      files
          .sorted(java.util.Comparator.reverseOrder())
          .forEach(path -> path.toFile().delete()); // best effort: target/ goes with mvn clean
    }
  }

  @Test
  void aKilledPlatformStartsAgainAtTheFirstTryWithEveryAcknowledgedWrite() throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    Process first = launch("first");
    writeWhile(acknowledged, 20, () -> killGroup(first));
    // The launcher's group is gone; the database server, in a session of its own, outlives it.

    Process second = launch("second");
    assertThat(log("second")).contains("left running by an earlier run");
    writeWhile(acknowledged, 20, () -> powerCut(second));

    launch("third");
    assertThat(log("third")).contains("recovering");
    try (Connection sql = database().getConnection()) {
      assertThat(setting(sql, "fsync")).isEqualTo("on");
      assertThat(setting(sql, "synchronous_commit")).isEqualTo("on");
      try (PreparedStatement count =
          sql.prepareStatement("select count(*) from account where email = any(?)")) {
        Array emails = sql.createArrayOf("text", acknowledged.toArray());
        count.setArray(1, emails);
        try (ResultSet rows = count.executeQuery()) {
          rows.next();
          assertThat(rows.getInt(1))
              .as("accounts whose sign-up was acknowledged")
              .isEqualTo(acknowledged.size());
        }
      }
    }
  }

  @Test
  void aTeacherDeletesTheirAccountWithTheirPasswordOnTheLaunchedPlatform() throws Exception {
    launch("deleting");
    Api api = new Api(base());
    Api.Person teacher = api.signUp("Leaving Teacher");

    // Payara's listener answered a bare 400 to any DELETE with a body before Pathways saw it.
    Api.Answer wrong =
        api.call("DELETE", "/api/me", Api.object("password", "a guess at it"), teacher.token());
    Api.Answer deleted =
        api.call("DELETE", "/api/me", Api.object("password", teacher.password()), teacher.token());

    assertThat(wrong.status()).as(wrong.body()).isEqualTo(403);
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    assertThat(api.get("/api/me", teacher.token()).status()).isEqualTo(401);
  }

  /** Starts {@code mvn -Prun}'s launcher in a process group of its own and waits until ready. */
  private Process launch(String name) throws Exception {
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    Map<String, String> env = new HashMap<>();
    env.put("PORT", String.valueOf(port));
    env.put("PATHWAYS_DATA_DIR", data.toString());
    env.put("PATHWAYS_EMBEDDED_DB_PORT", String.valueOf(databasePort));
    env.put("PATHWAYS_PROXY_TRUSTED", "true");
    env.put("PATHWAYS_PASSWORD_ITERATIONS", "1024");
    env.put("PATHWAYS_DEMO_WORKSHOPS", "false");
    // Every JVM of the run (the launcher, Payara Micro) unpacks into a folder that starts empty.
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
      // A first start migrates an empty database and records the content. Once, on CI, readiness
      // did not come within the 90 s other tests allow after the home page answered: a slow box or
      // a hang; this longer wait tells them apart, and the failure below shows which.
      Http.awaitReady(base(), READY_LIMIT);
    } catch (AssertionError notReady) {
      throw new AssertionError(
          notReady.getMessage() + "\n" + tail(log(name), 80) + "\n" + threadsOf(launcher),
          notReady);
    }
    return launcher;
  }

  private static String tail(String text, int lines) {
    List<String> all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  /** What Payara Micro's threads are doing, to tell a hang from a slow start in a failure. */
  private static String threadsOf(Process launcher) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    return launcher
        .descendants()
        .filter(child -> child.info().commandLine().orElse("").contains("payara"))
        .findFirst()
        .map(
            payara -> {
              try {
                Process dump =
                    new ProcessBuilder(jcmd.toString(), "" + payara.pid(), "Thread.print")
                        .redirectErrorStream(true)
                        .start();
                String threads = new String(dump.getInputStream().readAllBytes());
                dump.waitFor(30, TimeUnit.SECONDS);
                return threads;
              } catch (IOException e) {
                return "no thread dump: " + e;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "no thread dump: interrupted";
              }
            })
        .orElse("no Payara Micro process found for a thread dump");
  }

  /**
   * Signs teachers up from four threads, keeping each acknowledged one, and kills while they are
   * still writing, once {@code atLeast} more were acknowledged.
   */
  private void writeWhile(Set<String> acknowledged, int atLeast, Runnable kill) throws Exception {
    int before = acknowledged.size();
    Set<String> refusals = ConcurrentHashMap.newKeySet();
    Api api = new Api(base());
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Thread> writers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread writer =
          new Thread(
              () -> {
                while (writing.get()) {
                  String email = "crash-" + UUID.randomUUID() + "@school.test";
                  try {
                    Api.Answer answer =
                        api.call(
                            "POST",
                            "/api/accounts",
                            Api.object(
                                "email",
                                email,
                                "password",
                                "tulips in the spring",
                                "name",
                                "Crash Test"),
                            null);
                    if (answer.status() == 201) {
                      acknowledged.add(email);
                    }
                  } catch (RuntimeException e) {
                    // the platform is gone: what it did not acknowledge may be lost
                  }
                }
              });
      writer.start();
      writers.add(writer);
    }
    await()
        .atMost(Duration.ofMinutes(2))
        .failFast("sign-ups were refused: " + refusals, () -> refusals.size() >= 5)
        .until(() -> acknowledged.size() >= before + atLeast);
    kill.run();
    writing.set(false);
    for (Thread writer : writers) {
      writer.join(Duration.ofSeconds(60).toMillis());
    }
  }

  /** kill -9 of the launcher's process group: the launcher and Payara Micro. */
  private void killGroup(Process launcher) {
    assertThat(kill("-9", "--", "-" + launcher.pid())).isZero();
    await().atMost(Duration.ofSeconds(30)).until(() -> !launcher.isAlive());
  }

  /** As a power cut: the launcher's group, PostgreSQL and each of its processes, all at once. */
  private void powerCut(Process launcher) {
    long server = serverPid().orElseThrow();
    List<String> pids = new ArrayList<>(List.of("-9", "--", "-" + launcher.pid(), "" + server));
    ProcessHandle.of(server)
        .map(ProcessHandle::descendants)
        .orElseGet(Stream::empty)
        .forEach(child -> pids.add(String.valueOf(child.pid())));
    assertThat(kill(pids.toArray(String[]::new))).isZero();
    await().atMost(Duration.ofSeconds(30)).until(() -> !launcher.isAlive());
  }

  private java.util.Optional<Long> serverPid() {
    try {
      Path lock = data.resolve("postgres").resolve(DataFolder.SERVER_LOCK);
      return Files.exists(lock)
          ? java.util.Optional.of(Long.parseLong(Files.readAllLines(lock).get(0).strip()))
          : java.util.Optional.empty();
    } catch (IOException | RuntimeException e) {
      return java.util.Optional.empty();
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

  private URL base() throws IOException {
    return new URL("http://localhost:" + port + "/");
  }

  private PGSimpleDataSource database() {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(EmbeddedDatabase.jdbcUrl(databasePort));
    source.setUser(EmbeddedDatabase.USER);
    source.setPassword(EmbeddedDatabase.PASSWORD);
    return source;
  }

  private static String setting(Connection sql, String name) throws Exception {
    try (Statement statement = sql.createStatement();
        ResultSet row = statement.executeQuery("show " + name)) {
      row.next();
      return row.getString(1);
    }
  }
}
