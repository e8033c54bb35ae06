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
    String publicUrl = publicUrl(port);
    String dbUrl;
    String dbUser;
    String dbPassword;
    Optional<String> external = setting("PATHWAYS_DB_URL");
    if (external.isPresent()) {
      dbUrl = external.get();
      dbUser = setting("PATHWAYS_DB_USER").orElse(EmbeddedDatabase.USER);
      dbPassword = setting("PATHWAYS_DB_PASSWORD").orElse("");
      Optional<String> problem = DatabaseSettings.of(dbUrl, dbUser).problem();
      if (problem.isPresent()) {
        throw new SettingException(problem.get());
      }
      say(
          "Database: "
              + DatabaseSettings.of(dbUrl, dbUser).describe()
              + " (external; no embedded database).");
    } else {
      Path dataDir = dataDirectory();
      embedded = startEmbedded(dataDir);
      dbUrl = embedded.jdbcUrl();
      dbUser = EmbeddedDatabase.USER;
      dbPassword = EmbeddedDatabase.PASSWORD;
      say("Database: embedded PostgreSQL 17 at " + dbUrl);
      say("Data kept in: " + dataDir.toAbsolutePath().normalize() + " (delete it to start afresh)");
    }
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "pathways-stop"));
    payara = startPayara(port, dbUrl, dbUser, dbPassword, publicUrl);
    announceWhenUp(port);
    return payara.waitFor();
  }

  private int port() throws SettingException {
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
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(port));
    } catch (BindException e) {
      throw new SettingException(
          "PORT "
              + port
              + " is already in use by another program. Stop that program, or choose another"
              + " port, for example: PORT="
              + (port == 65535 ? 8081 : port + 1)
              + " mvn -Prun");
    } catch (IOException e) {
      throw new SettingException("PORT " + port + " cannot be used: " + e.getMessage());
    }
    return port;
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

  private Path dataDirectory() throws SettingException {
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

  private Process startPayara(
      int port, String dbUrl, String dbUser, String dbPassword, String publicUrl)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-jar", microJar.toString()));
    command.addAll(List.of("--deploy", war.toString(), "--contextroot", "/"));
    command.addAll(List.of("--port", String.valueOf(port)));
    command.addAll(List.of("--nohazelcast", "--disablephonehome"));
    // The listener settings the container image uses too (DELETE /api/me carries a body).
    command.addAll(
        List.of(
            "--prebootcommandfile",
            projectDir.resolve("src/main/payara/pre-boot.asadmin").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().put("PATHWAYS_DB_URL", dbUrl);
    builder.environment().put("PATHWAYS_DB_USER", dbUser);
    builder.environment().put("PATHWAYS_DB_PASSWORD", dbPassword);
    builder.environment().put(PublicAddress.SETTING, publicUrl);
    builder
        .environment()
        .putIfAbsent("PATHWAYS_CONTENT_DIR", projectDir.resolve("modules").toString());
    // The embedded default shows demo workshops in 60+ cities; PATHWAYS_DEMO_WORKSHOPS=false hides
    // them.
    builder.environment().putIfAbsent("PATHWAYS_DEMO_WORKSHOPS", "true");
    say("Starting Payara Micro on port " + port + " ...");
    return builder.start();
  }

  private void announceWhenUp(int port) throws InterruptedException {
    // HTTP/1.1: an HTTP/2 upgrade tried while Payara Micro was still booting left the client
    // waiting on a connection that never answered, and "Pathways is running" was never said.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    URI home = URI.create("http://localhost:" + port + "/");
    URI ready = home.resolve("/health/ready");
    while (payara.isAlive()) {
      if (status(http, home) == 200) {
        boolean isReady = status(http, ready) == 200;
        say("");
        say("Pathways is running: open " + home);
        say(
            isReady
                ? "It is ready (" + ready + "). Press Ctrl+C to stop."
                : "It is not ready yet: " + ready + " says why. Press Ctrl+C to stop.");
        return;
      }
      TimeUnit.SECONDS.sleep(1);
    }
  }

  private static int status(HttpClient http, URI uri) {
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
    if (payara != null && payara.isAlive()) {
      payara.destroy();
      try {
        payara.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (embedded != null) {
      try {
        embedded.close();
        say("Embedded database stopped; its data stays in " + embedded.dataDirectory());
      } catch (IOException e) {
        say("The embedded database did not stop cleanly: " + e.getMessage());
      }
    }
  }

  private Optional<String> setting(String name) {
    return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
  }

  private static void say(String line) {
    System.out.println("[pathways] " + line);
  }

  private static void fail(String message) {
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
