package org.pathways.platform.local;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.pathways.testing.Api;
import org.pathways.testing.Http;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The local cluster of {@code mvn -Pcluster} for integration tests (issue #23): the embedded
 * database, two members in one grid and HAProxy in front, started once for a test class (use it
 * with {@code @TestInstance(PER_CLASS)}: {@link #start} in {@code @BeforeAll}, {@link #close} in
 * {@code @AfterAll}). Every port is free and chosen here; the data and logs are in {@code
 * target/test-databases}. Members are numbered 1 and 2.
 */
public final class TestCluster implements AutoCloseable {

  public static final String ADMIN = "admin-cluster@pathways.test";
  public static final String ADMIN_PASSWORD = "one platform, two members";

  private static final Duration START_LIMIT = Duration.ofMinutes(6);
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  private final Path root;
  private final LocalCluster cluster;
  private final int gridPort;
  private final int databasePort;

  private TestCluster(Path root, LocalCluster cluster, int gridPort, int databasePort) {
    this.root = root;
    this.cluster = cluster;
    this.gridPort = gridPort;
    this.databasePort = databasePort;
  }

  /**
   * Starts the cluster with the tests' settings and {@code settings} over them (any platform
   * setting, such as {@code PATHWAYS_IDENTITY_CACHE_SECONDS}), and waits until the proxy and both
   * members are ready and each member sees the other in the grid.
   */
  public static TestCluster start(Map<String, String> settings) throws Exception {
    Path root =
        Path.of(System.getProperty("pathways.test.databases", "target/test-databases"))
            .resolve("cluster-" + UUID.randomUUID())
            .toAbsolutePath();
    Path tmp = Files.createDirectories(root.resolve("tmp"));
    int port = freeRun(3);
    int gridPort = freeRun(2);
    int databasePort = EmbeddedDatabase.freePort();
    Map<String, String> env = new HashMap<>();
    env.put("PORT", String.valueOf(port));
    env.put("PATHWAYS_DATA_DIR", root.resolve("data").toString());
    env.put("PATHWAYS_EMBEDDED_DB_PORT", String.valueOf(databasePort));
    env.put("PATHWAYS_CLUSTER_PORT", String.valueOf(gridPort));
    env.put("PATHWAYS_PASSWORD_ITERATIONS", "1024");
    env.put("PATHWAYS_DEMO_WORKSHOPS", "false");
    env.put("PATHWAYS_ADMIN_EMAIL", ADMIN);
    env.put("PATHWAYS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // Every JVM (each member) unpacks into a folder of its own test run.
    env.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
    env.putAll(settings);
    LocalCluster cluster =
        new LocalCluster(
            env,
            Path.of(System.getProperty("pathways.war")),
            Path.of(System.getProperty("payara.microJar")),
            Path.of(System.getProperty("pathways.modules")).getParent());
    TestCluster started = new TestCluster(root, cluster, gridPort, databasePort);
    try {
      cluster.start();
      for (int member = 1; member <= LocalCluster.MEMBERS; member++) {
        started.awaitReady(member, START_LIMIT);
      }
      for (int member = 1; member <= LocalCluster.MEMBERS; member++) {
        started.awaitMembers(member, LocalCluster.MEMBERS, Duration.ofMinutes(1));
      }
      Http.awaitReady(started.proxy(), Duration.ofSeconds(30));
    } catch (Exception | AssertionError e) {
      String seen = started.readiness();
      String logs = started.logs();
      // The logs stay in the folder (target/test-databases) for a look.
      cluster.close();
      throw new AssertionError(
          "The local cluster did not start: " + e.getMessage() + seen + logs + "\nLogs: " + root,
          e);
    }
    return started;
  }

  /** The proxy's address, as people use it. */
  public URL proxy() {
    return url(cluster.proxy());
  }

  /** A member's own address, bypassing the proxy. */
  public URL member(int member) {
    return url(cluster.member(member));
  }

  /** The API through the proxy. */
  public Api api() {
    return new Api(proxy());
  }

  /** The API of one member, bypassing the proxy. */
  public Api api(int member) {
    return new Api(member(member));
  }

  /** The name the proxy gives a member in its cookie and in {@code X-Pathways-Member}. */
  public String proxyName(int member) {
    return LocalCluster.proxyName(member);
  }

  /** A member's grid address, as readiness lists it. */
  public String gridAddress(int member) {
    return "127.0.0.1:" + (gridPort + member - 1);
  }

  /** Kills a member's JVM at once (SIGKILL). */
  public void kill9(int member) throws InterruptedException {
    cluster.kill9(member);
  }

  /**
   * Stops a member's JVM without ending it (SIGSTOP): for the others it stops answering on every
   * port at once, grid and HTTP, as a member cut off by the network would; {@link #thaw} lets it go
   * on from where it was.
   */
  public void freeze(int member) throws IOException, InterruptedException {
    signal("-STOP", member);
  }

  /** Lets a frozen member go on (SIGCONT). */
  public void thaw(int member) throws IOException, InterruptedException {
    signal("-CONT", member);
  }

  private void signal(String signal, int member) throws IOException, InterruptedException {
    Process process = cluster.process(member);
    Process kill =
        new ProcessBuilder("kill", signal, String.valueOf(process.pid()))
            .redirectErrorStream(true)
            .start();
    String said = new String(kill.getInputStream().readAllBytes());
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill " + signal + " member " + member + ": " + said);
    }
  }

  /** Starts a killed member again and waits until it is ready and sees the whole grid again. */
  public void restart(int member) throws Exception {
    cluster.restart(member);
    awaitReady(member, START_LIMIT);
    awaitMembers(member, LocalCluster.MEMBERS, Duration.ofMinutes(1));
  }

  /** Waits until a member answers ready, failing with its log's end if it stops or never does. */
  public void awaitReady(int member, Duration limit) {
    Process process = cluster.process(member);
    try {
      await()
          .atMost(limit)
          .pollInterval(Duration.ofSeconds(1))
          .failFast("member " + member + " stopped", () -> !process.isAlive())
          .until(() -> status(member(member), "/health/ready") == 200);
    } catch (RuntimeException e) {
      throw new AssertionError(e.getMessage() + "\n" + tail(log(member), 60), e);
    }
  }

  /** Waits until a member's readiness says it sees {@code count} grid members. */
  public void awaitMembers(int member, int count, Duration limit) {
    await()
        .atMost(limit)
        .pollInterval(Duration.ofMillis(500))
        .until(() -> gridMembers(member) == count);
  }

  /** The {@code cluster} check of a member's {@code /health/ready} (its {@code data}). */
  public JsonObject grid(int member) {
    try {
      HttpResponse<String> answer =
          HTTP.send(
              HttpRequest.newBuilder(Http.serverRoot(member(member), "/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonObject health = Json.createReader(new StringReader(answer.body())).readObject();
      return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
          .filter(check -> check.getString("name").equals("cluster"))
          .findFirst()
          .map(check -> check.getJsonObject("data"))
          .orElseThrow(() -> new AssertionError("no cluster check: " + answer.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How many grid members a member sees now; 0 when it does not answer. */
  public int gridMembers(int member) {
    try {
      // Payara's health data are strings ("members": "2").
      return Integer.parseInt(grid(member).get("members").toString().replace("\"", ""));
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** The number a counting query ({@code select count(*) ...}) answers in the members' database. */
  public int count(String sql) throws SQLException {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(EmbeddedDatabase.jdbcUrl(databasePort));
    source.setUser(EmbeddedDatabase.USER);
    source.setPassword(EmbeddedDatabase.PASSWORD);
    try (Connection connection = source.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? rows.getInt(1) : -1;
    }
  }

  /** A member's log so far. */
  public String log(int member) {
    return read(cluster.log(member));
  }

  /** The proxy's log so far: one line per request naming the member, and its health checks. */
  public String proxyLog() {
    return read(cluster.proxyLog());
  }

  @Override
  public void close() {
    cluster.close();
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // best effort: target/ goes with mvn clean
    }
  }

  /** What each member's readiness says now, for a failure. */
  private String readiness() {
    StringBuilder all = new StringBuilder();
    for (int member = 1; member <= LocalCluster.MEMBERS; member++) {
      all.append("\n--- member ").append(member).append(" /health/ready: ");
      try {
        all.append(
            HTTP.send(
                    HttpRequest.newBuilder(Http.serverRoot(member(member), "/health/ready"))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
      } catch (IOException | RuntimeException e) {
        all.append(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return all.toString();
  }

  private String logs() {
    StringBuilder all = new StringBuilder();
    for (int member = 1; member <= LocalCluster.MEMBERS; member++) {
      all.append("\n--- member ").append(member).append(":\n").append(tail(log(member), 40));
    }
    return all.append("\n--- proxy:\n").append(tail(proxyLog(), 20)).toString();
  }

  private static int status(URL base, String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(Http.serverRoot(base, path))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "(unreadable: " + e.getMessage() + ")";
    }
  }

  private static String tail(String text, int lines) {
    var all = text.lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static URL url(URI uri) {
    try {
      return uri.toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first of {@code count} consecutive free ports. */
  private static int freeRun(int count) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int first = EmbeddedDatabase.freePort();
      if (first + count > 65535) {
        continue;
      }
      boolean free = true;
      for (int port = first + 1; port < first + count && free; port++) {
        free = free(port);
      }
      if (free) {
        return first;
      }
    }
    throw new IllegalStateException("no " + count + " consecutive free ports");
  }

  private static boolean free(int port) {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
