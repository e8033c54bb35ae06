package org.pathways.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pathways.platform.local.EmbeddedDatabase;

/** Temporary databases for integration tests, stopped and deleted when the test JVM ends. */
public final class TestDatabases {

  private TestDatabases() {}

  /**
   * A new folder for a database a test starts and stops itself, under target/ like the temporary
   * ones ({@code pathways.test.databases}), so that `mvn clean` removes it and nothing lands in the
   * machine's temporary folder.
   */
  public static Path folder(String prefix) throws IOException {
    Path parent = Path.of(System.getProperty("pathways.test.databases", "target/test-databases"));
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent.toAbsolutePath(), prefix).resolve("data");
  }

  public static EmbeddedDatabase temporary() throws IOException {
    EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    database.close();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                },
                "stop-test-database"));
    return database;
  }
}
