package org.pathways.platform.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL 17 (binaries from Maven Central, no install) for running Pathways locally and
 * for the tests. Its data stays in the given folder between runs; it holds a database and a role
 * named {@code pathways}, as the platform's default settings expect.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String NAME = "pathways";
  public static final String USER = "pathways";
  public static final String PASSWORD = "pathways";

  /** How long the server's log may stay silent while it starts (it logs recovery every 10 s). */
  private static final Duration STARTUP_STALL = Duration.ofSeconds(120);

  /** An upper bound only; a start that makes no progress is stopped by the watch long before. */
  private static final Duration STARTUP_LIMIT = Duration.ofHours(2);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final boolean temporary;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.temporary = temporary;
  }

  /**
   * Starts on the data in {@code dataDirectory}, creating it on first use, as the tests use it:
   * without waiting for the disk ({@code fsync} and {@code synchronous_commit} off).
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    return start(dataDirectory, logBeside(dataDirectory), port, Durability.FAST, say -> {}, false);
  }

  /**
   * Starts on the data people keep: every commit is on disk before it is acknowledged, so a power
   * cut or a killed process loses nothing that was saved. Tells {@code progress} what it does when
   * an earlier run left the folder behind or the data needs recovery, and waits for as long as the
   * server's log shows progress. Its log is kept beside the folder ({@code postgres.log}).
   */
  public static EmbeddedDatabase startDurable(
      Path dataDirectory, int port, Consumer<String> progress) throws IOException {
    return start(
        dataDirectory, logBeside(dataDirectory), port, Durability.DURABLE, progress, false);
  }

  /**
   * Starts an empty database that is deleted when closed. Under Maven its folder is in target/
   * ({@code pathways.test.databases}), so that `mvn clean` removes any a killed test left behind.
   */
  public static EmbeddedDatabase startTemporary() throws IOException {
    String parent = System.getProperty("pathways.test.databases");
    Path folder;
    if (parent == null) {
      folder = Files.createTempDirectory("pathways-db-");
    } else {
      Files.createDirectories(Path.of(parent));
      folder = Files.createTempDirectory(Path.of(parent), "pathways-db-");
    }
    return start(
        folder.resolve("data"),
        folder.resolve("postgres.log"),
        freePort(),
        Durability.FAST,
        say -> {},
        true);
  }

  /** How commits reach the disk. */
  private enum Durability {
    /** The tests' databases: a commit is acknowledged before it is on disk. */
    FAST("off"),
    /** Data people keep. */
    DURABLE("on");

    private final String setting;

    Durability(String setting) {
      this.setting = setting;
    }
  }

  private static Path logBeside(Path dataDirectory) {
    Path absolute = dataDirectory.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + ".log");
  }

  private static EmbeddedDatabase start(
      Path dataDirectory,
      Path log,
      int port,
      Durability durability,
      Consumer<String> progress,
      boolean temporary)
      throws IOException {
    Files.createDirectories(dataDirectory);
    try {
      DataFolder.claim(dataDirectory, progress);
    } catch (DataFolder.InUse e) {
      throw new IOException(e.getMessage(), e);
    }
    EmbeddedPostgres postgres;
    try (StartupWatch watch = StartupWatch.follow(log, STARTUP_STALL, progress)) {
      try {
        postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setPort(port)
                .setServerConfig("max_connections", "100")
                // zonky starts the server with -F (no fsync); these come after it and win.
                .setServerConfig("fsync", durability.setting)
                .setServerConfig("synchronous_commit", durability.setting)
                .setServerConfig("full_page_writes", "on")
                // TCP only: no socket or socket lock file in /tmp, where a killed server's lock
                // outlived it and stopped the next start.
                .setServerConfig("unix_socket_directories", "")
                .setLocaleConfig("encoding", "UTF8")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                // The watch decides how long is too long: the server's own progress, not a clock.
                .setPGStartupWait(STARTUP_LIMIT)
                .start();
      } catch (RuntimeException e) {
        throw new IOException(watch.failure().orElse(String.valueOf(e.getMessage())), e);
      }
      Optional<String> failure = watch.failure();
      if (failure.isPresent() || Thread.currentThread().isInterrupted()) {
        Thread.interrupted();
        postgres.close();
        throw new IOException(failure.orElse("interrupted while it was starting"));
      }
    } finally {
      Thread.interrupted(); // a late report of the watch must not reach the caller's next wait
    }
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, dataDirectory, temporary);
    database.createDatabaseAndRole();
    return database;
  }

  private void createDatabaseAndRole() throws IOException {
    try (Connection admin = postgres.getPostgresDatabase().getConnection();
        Statement sql = admin.createStatement()) {
      if (!exists(sql, "select 1 from pg_roles where rolname = '" + USER + "'")) {
        sql.execute("create role " + USER + " login password '" + PASSWORD + "'");
      }
      if (!exists(sql, "select 1 from pg_database where datname = '" + NAME + "'")) {
        sql.execute("create database " + NAME + " owner " + USER + " encoding 'UTF8'");
      }
    } catch (SQLException e) {
      throw new IOException("Cannot prepare the embedded database: " + e.getMessage(), e);
    }
  }

  private static boolean exists(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      return rows.next();
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  public String jdbcUrl() {
    return jdbcUrl(port());
  }

  public static String jdbcUrl(int port) {
    return "jdbc:postgresql://localhost:" + port + "/" + NAME;
  }

  /** The {@code pathways} database as the platform's own role sees it. */
  public DataSource dataSource() {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl());
    dataSource.setUser(USER);
    dataSource.setPassword(PASSWORD);
    return dataSource;
  }

  @Override
  public void close() throws IOException {
    try {
      postgres.close();
    } finally {
      if (temporary) {
        deleteRecursively(dataDirectory.getParent());
      }
    }
  }

  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          // A file the stopping server still held: the rest is deleted all the same.
        }
      }
    }
  }
}
