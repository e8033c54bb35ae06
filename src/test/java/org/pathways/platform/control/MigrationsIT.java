package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.platform.local.EmbeddedDatabase;
import org.pathways.testing.TestDatabases;

/**
 * The schema migrations on a real PostgreSQL 17, and the embedded database's data across starts.
 */
class MigrationsIT {

  private Path dataDirectory;

  @BeforeEach
  void newDataFolder() throws Exception {
    dataDirectory = TestDatabases.folder("migrations-");
  }

  @Test
  void migrationsApplyToAnEmptyDatabaseAndAreRecorded() throws Exception {
    try (EmbeddedDatabase database = EmbeddedDatabase.startTemporary()) {
      int applied = Migrations.apply(database.dataSource()).migrationsExecuted;

      List<String> files = migrationFiles();
      assertThat(applied).isEqualTo(files.size()).isPositive();
      assertThat(
              strings(
                  database.dataSource(),
                  "select script from flyway_schema_history where success order by installed_rank"))
          .containsExactlyElementsOf(files);
      assertThat(Migrations.apply(database.dataSource()).migrationsExecuted)
          .as("a second run applies nothing")
          .isZero();
    }
  }

  @Test
  void twoStartsInARowKeepTheDataOfTheFirst() throws Exception {
    int port = EmbeddedDatabase.freePort();
    Instant firstStart = Instant.parse("2026-09-01T08:00:00Z");
    try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDirectory, port)) {
      Migrations.apply(first.dataSource());
      PlatformStarts.record(first.dataSource(), firstStart, "first", "host-a");
    }

    try (EmbeddedDatabase second = EmbeddedDatabase.start(dataDirectory, port)) {
      assertThat(Migrations.apply(second.dataSource()).migrationsExecuted).isZero();
      assertThat(strings(second.dataSource(), "select version from platform_start"))
          .containsExactly("first");
    }
  }

  private static List<String> migrationFiles() throws Exception {
    Path folder = Path.of("src/main/resources/db/migration");
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.+\\.sql"))
          .sorted((a, b) -> Integer.compare(version(a), version(b)))
          .toList();
    }
  }

  private static int version(String file) {
    return Integer.parseInt(file.substring(1, file.indexOf("__")));
  }

  private static List<String> strings(DataSource dataSource, String query) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
