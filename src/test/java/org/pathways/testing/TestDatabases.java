package org.pathways.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.pathways.platform.local.EmbeddedDatabase;

/** Temporary databases for integration tests, stopped and deleted when the test JVM ends. */
public final class TestDatabases {

  private TestDatabases() {}

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
