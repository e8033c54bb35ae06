package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the platform under test writes to its console while a test watches: the Arquillian connector
 * copies each line of Payara Micro's output to {@code System.out}, so the lines printed between
 * {@link #watch()} and {@link #close()} are the server's log of what the test asked. For tests that
 * a refusal is answered cleanly, not with an exception logged behind its status.
 */
public final class ServerLog implements AutoCloseable {

  private final PrintStream original;
  private final List<String> lines = new ArrayList<>();

  private ServerLog() {
    this.original = System.out;
    System.setOut(
        new PrintStream(original, true) {
          @Override
          public void println(String line) {
            synchronized (lines) {
              lines.add(line);
            }
            super.println(line);
          }
        });
  }

  /** Starts watching: use it in a try-with-resources block around the requests. */
  public static ServerLog watch() {
    return new ServerLog();
  }

  /**
   * Fails when the server logged an exception or a severe message since {@link #watch()}, after
   * giving its last lines a moment to arrive (they are read from the server's output on another
   * thread).
   */
  public void assertNoException() {
    org.awaitility.Awaitility.await()
        .pollDelay(Duration.ofMillis(1500))
        .atMost(Duration.ofSeconds(5))
        .until(() -> true);
    List<String> seen;
    synchronized (lines) {
      seen = List.copyOf(lines);
    }
    assertThat(seen)
        .as("the server's log while watched")
        .noneMatch(line -> line.contains("Exception") || line.contains("SEVERE"));
  }

  @Override
  public void close() {
    System.setOut(original);
  }
}
