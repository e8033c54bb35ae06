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
import java.util.Comparator;
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

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final boolean temporary;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory, boolean temporary) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.temporary = temporary;
  }

  /** Starts on the data in {@code dataDirectory}, creating it on first use. */
  public static EmbeddedDatabase start(Path dataDirectory, int port) throws IOException {
    return start(dataDirectory, port, false);
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
    return start(folder, freePort(), true);
  }

  private static EmbeddedDatabase start(Path dataDirectory, int port, boolean temporary)
      throws IOException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(true)
            .setPort(port)
            .setServerConfig("max_connections", "100")
            .setLocaleConfig("encoding", "UTF8")
            .start();
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
        deleteRecursively(dataDirectory);
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
