package org.pathways.platform.local;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.pathways.platform.control.ClusterSettings;
import org.pathways.platform.control.DatabaseSettings;
import org.pathways.platform.control.PublicAddress;

/**
 * What {@code mvn -Prun} starts: an embedded PostgreSQL (unless {@code PATHWAYS_DB_URL} names an
 * external one) and Payara Micro running the Pathways WAR. Settings come from the environment, as
 * in production; a wrong one stops it with one sentence that names the setting.
 *
 * <p>Lives with the tests so that the embedded database never reaches the WAR or the image.
 */
public final class LocalPlatform {

  private final Map<String, String> env;
  private final Path war;
  private final Path microJar;
  private final Path projectDir;
  private EmbeddedDatabase embedded;
  private Process payara;

  LocalPlatform(Map<String, String> env, Path war, Path microJar, Path projectDir) {
    this.env = env;
    this.war = war;
    this.microJar = microJar;
    this.projectDir = projectDir;
  }

  Path projectDir() {
    return projectDir;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      fail(
          "Usage: LocalPlatform PATHWAYS_WAR PAYARA_MICRO_JAR PROJECT_DIR (mvn -Prun passes them).");
    }
    LocalPlatform platform =
        new LocalPlatform(System.getenv(), Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    try {
      System.exit(platform.run());
    } catch (SettingException e) {
      fail(e.getMessage());
    }
  }

  int run() throws Exception {
    int port = port();
    free(port, "PORT");
    String publicUrl = publicUrl(port);
    ClusterSettings cluster = cluster(env);
    Database database = database();
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "pathways-stop"));
    say("Grid: " + cluster.describe() + ".");
    payara =
        startPayara(
            new Member(
                "Payara Micro", port, database, publicUrl, cluster, List.of(), Map.of(), null));
    announceWhenUp(payara, port, "Ctrl+C");
    return payara.waitFor();
  }

  /** Where the platform's data lives, as the members are given it. */
  record Database(String url, String user, String password) {}

  /**
   * One Payara Micro to start: its HTTP port, its database, the public address, its grid settings,
   * more Payara Micro options and environment, and where its output goes (null: this console).
   */
  record Member(
      String name,
      int port,
      Database database,
      String publicUrl,
      ClusterSettings cluster,
      List<String> options,
      Map<String, String> environment,
      Path log) {}

  /** The grid settings in {@code env}, refused with their problem. */
  static ClusterSettings cluster(Map<String, String> env) throws SettingException {
    ClusterSettings cluster = ClusterSettings.from(env);
    Optional<String> problem = cluster.problem();
    if (problem.isPresent()) {
      throw new SettingException(problem.get());
    }
    return cluster;
  }

  /** The external database ({@code PATHWAYS_DB_URL}) or the embedded one, started here. */
  Database database() throws SettingException {
    Optional<String> external = setting("PATHWAYS_DB_URL");
    if (external.isPresent()) {
      String dbUser = setting("PATHWAYS_DB_USER").orElse(EmbeddedDatabase.USER);
      String dbPassword = setting("PATHWAYS_DB_PASSWORD").orElse("");
      Optional<String> problem = DatabaseSettings.of(external.get(), dbUser).problem();
      if (problem.isPresent()) {
        throw new SettingException(problem.get());
      }
      say(
          "Database: "
              + DatabaseSettings.of(external.get(), dbUser).describe()
              + " (external; no embedded database).");
      return new Database(external.get(), dbUser, dbPassword);
    }
    Path dataDir = dataDirectory();
    embedded = startEmbedded(dataDir);
    say("Database: embedded PostgreSQL 17 at " + embedded.jdbcUrl());
    say("Data kept in: " + dataDir.toAbsolutePath().normalize() + " (delete it to start afresh)");
    return new Database(embedded.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
  }

  /** {@code PORT}, 8080 by default. */
  int port() throws SettingException {
    String value = setting("PORT").orElse("8080");
    int port;
    try {
      port = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new SettingException("PORT must be a number from 1 to 65535, not \"" + value + "\".");
    }
    if (port < 1 || port > 65535) {
      throw new SettingException("PORT must be a number from 1 to 65535, not " + port + ".");
    }
    return port;
  }

  /**
   * Refuses a port another program holds, naming the setting it comes from ({@code setting}) and a
   * PORT to try instead.
   */
  static void free(int port, String setting) throws SettingException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(port));
    } catch (BindException e) {
      throw new SettingException(
          setting
              + " "
              + port
              + " is already in use by another program. Stop that program, or choose another"
              + " port, for example: PORT="
              + (port >= 65530 ? 8081 : port + 1)
              + " mvn -Prun");
    } catch (IOException e) {
      throw new SettingException(setting + " " + port + " cannot be used: " + e.getMessage());
    }
  }

  /**
   * The address in mailed links: {@code PATHWAYS_PUBLIC_URL}, or on this machine {@code
   * http://localhost:PORT}.
   */
  String publicUrl(int port) throws SettingException {
    String url = setting(PublicAddress.SETTING).orElse("http://localhost:" + port);
    Optional<String> problem = PublicAddress.of(url).problem();
    if (problem.isPresent()) {
      throw new SettingException(problem.get());
    }
    return url;
  }

  Path dataDirectory() throws SettingException {
    Path dir = setting("PATHWAYS_DATA_DIR").map(Path::of).orElse(projectDir.resolve("data"));
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".write-check", "");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new SettingException(
          "PATHWAYS_DATA_DIR "
              + dir.toAbsolutePath()
              + " cannot be written ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "). Make it writable, or set PATHWAYS_DATA_DIR to a folder you can write to.");
    }
    return dir;
  }

  private EmbeddedDatabase startEmbedded(Path dataDir) throws SettingException {
    Path pgData = dataDir.resolve("postgres");
    int dbPort =
        setting("PATHWAYS_EMBEDDED_DB_PORT")
            .map(Integer::parseInt)
            .orElseGet(EmbeddedDatabase::freePort);
    try {
      return EmbeddedDatabase.startDurable(pgData, dbPort, LocalPlatform::say);
    } catch (IOException | RuntimeException e) {
      throw new SettingException(
          "The embedded PostgreSQL could not start on the data in "
              + pgData.toAbsolutePath()
              + ": "
              + e.getMessage());
    }
  }

  /** Starts one Payara Micro running the WAR, as {@code member} says. */
  Process startPayara(Member member) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(member.cluster().jvmOptions());
    command.addAll(List.of("-jar", microJar.toString()));
    command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));
    command.addAll(List.of("--port", String.valueOf(member.port())));
    command.add("--disablephonehome");
    command.addAll(member.cluster().payaraOptions());
    command.addAll(member.options());
    // The listener settings the container image uses too (DELETE /api/me carries a body); alone,
    // sessions stay in memory (no grid to keep them in), in a grid they are kept there.
    boolean alone = member.cluster().payaraOptions().contains("--nohazelcast");
    command.addAll(
        List.of(
            "--prebootcommandfile",
            projectDir
                .resolve(
                    alone
                        ? "src/main/payara/pre-boot.asadmin"
                        : "src/main/payara/pre-boot-cluster.asadmin")
                .toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    if (member.log() == null) {
      builder.inheritIO();
    } else {
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(member.log().toFile()));
    }
    builder.environment().putAll(member.environment());
    builder.environment().put("PATHWAYS_DB_URL", member.database().url());
    builder.environment().put("PATHWAYS_DB_USER", member.database().user());
    builder.environment().put("PATHWAYS_DB_PASSWORD", member.database().password());
    builder.environment().put(PublicAddress.SETTING, member.publicUrl());
    builder
        .environment()
        .putIfAbsent("PATHWAYS_CONTENT_DIR", projectDir.resolve("modules").toString());
    // The embedded default shows demo workshops in 60+ cities; PATHWAYS_DEMO_WORKSHOPS=false hides
    // them.
    builder.environment().putIfAbsent("PATHWAYS_DEMO_WORKSHOPS", "true");
    say("Starting " + member.name() + " on port " + member.port() + " ...");
    return builder.start();
  }

  /**
   * Says when {@code port} serves the home page, and whether it is ready, while {@code process}
   * lives.
   */
  static boolean announceWhenUp(Process process, int port, String stop)
      throws InterruptedException {
    // HTTP/1.1: an HTTP/2 upgrade tried while Payara Micro was still booting left the client
    // waiting on a connection that never answered, and "Pathways is running" was never said.
    HttpClient http = http();
    URI home = URI.create("http://localhost:" + port + "/");
    URI ready = home.resolve("/health/ready");
    while (process.isAlive()) {
      if (status(http, home) == 200) {
        boolean isReady = status(http, ready) == 200;
        say("");
        say("Pathways is running: open " + home);
        say(
            isReady
                ? "It is ready (" + ready + "). Press " + stop + " to stop."
                : "It is not ready yet: " + ready + " says why. Press " + stop + " to stop.");
        return true;
      }
      TimeUnit.SECONDS.sleep(1);
    }
    return false;
  }

  static HttpClient http() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  static int status(HttpClient http, URI uri) {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private void stop() {
    stop(payara, Duration.ofSeconds(30));
    stopDatabase();
  }

  /** Stops a process as Ctrl+C would, and for good after {@code grace}. */
  static void stop(Process process, Duration grace) {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(grace.toSeconds(), TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the embedded database, if this launcher started one. */
  void stopDatabase() {
    if (embedded != null) {
      try {
        embedded.close();
        say("Embedded database stopped; its data stays in " + embedded.dataDirectory());
      } catch (IOException e) {
        say("The embedded database did not stop cleanly: " + e.getMessage());
      }
      embedded = null;
    }
  }

  Optional<String> setting(String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
  }

  static void say(String line) {
    System.out.println("[pathways] " + line);
  }

  static void fail(String message) {
    System.err.println("[pathways] Cannot start: " + message);
    System.exit(2);
  }

  /** A setting that cannot be used; its message names the setting and what to do. */
  static final class SettingException extends Exception {
    SettingException(String message) {
      super(message);
    }
  }
}
