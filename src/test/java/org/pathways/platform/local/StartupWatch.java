package org.pathways.platform.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Follows the embedded PostgreSQL's log while it starts, so that a start takes as long as the
 * server needs and no longer: crash recovery after a power cut may take minutes and says so in the
 * log as it goes, while a server that cannot start says that too. The starting thread is
 * interrupted when the server reports a failure, or when its log has been silent for {@code stall}
 * (PostgreSQL logs recovery progress every 10 seconds).
 */
final class StartupWatch implements AutoCloseable {

  private static final Pattern RECOVERY =
      Pattern.compile(
          "was interrupted|not properly shut down|automatic recovery|redo starts|redo in progress"
              + "|redo done|ready to accept connections");
  private static final Pattern FAILURE =
      Pattern.compile("could not start server|FATAL:|PANIC:|stopped waiting");

  /** What the server answers the watcher's own connection attempts while it starts. */
  private static final Pattern EXPECTED_WHILE_STARTING =
      Pattern.compile("starting up|not yet accepting connections|shutting down|in recovery mode");

  private final Path log;
  private final Duration stall;
  private final Consumer<String> progress;
  private final Thread starter;
  private final Thread follower;
  private final Deque<String> lastLines = new ArrayDeque<>();
  private volatile String failure;
  private volatile boolean recovering;
  private volatile boolean done;
  private final long start;

  private StartupWatch(Path log, Duration stall, Consumer<String> progress, Thread starter)
      throws IOException {
    this.log = log;
    this.start = Files.exists(log) ? Files.size(log) : 0;
    this.stall = stall;
    this.progress = progress;
    this.starter = starter;
    this.follower = new Thread(this::follow, "embedded-postgres-startup-watch");
    this.follower.setDaemon(true);
  }

  /** Starts following {@code log} from its current end, on behalf of the calling thread. */
  static StartupWatch follow(Path log, Duration stall, Consumer<String> progress)
      throws IOException {
    StartupWatch watch = new StartupWatch(log, stall, progress, Thread.currentThread());
    watch.follower.start();
    return watch;
  }

  /** Why the server did not start, with the last lines of its log, if it did not. */
  Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  boolean sawRecovery() {
    return recovering;
  }

  private void follow() {
    try {
      long offset = start;
      long silentSince = System.nanoTime();
      StringBuilder partial = new StringBuilder();
      while (!done && failure == null) {
        long size = Files.exists(log) ? Files.size(log) : -1;
        if (size > offset) {
          try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) Math.min(size - offset, 1 << 20)];
            file.readFully(bytes);
            offset += bytes.length;
            partial.append(new String(bytes, StandardCharsets.UTF_8));
          }
          int newline;
          while ((newline = partial.indexOf("\n")) >= 0) {
            line(partial.substring(0, newline).strip());
            partial.delete(0, newline + 1);
          }
          silentSince = System.nanoTime();
        } else if (size >= 0 && System.nanoTime() - silentSince > stall.toNanos()) {
          fail(
              "it wrote nothing to its log for "
                  + stall.toSeconds()
                  + " seconds while starting, which PostgreSQL never does while it makes progress");
        }
        Thread.sleep(200);
      }
    } catch (IOException e) {
      fail("its log " + log + " could not be read (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void line(String line) {
    if (line.isEmpty()) {
      return;
    }
    synchronized (lastLines) {
      lastLines.addLast(line);
      if (lastLines.size() > 12) {
        lastLines.removeFirst();
      }
    }
    if (RECOVERY.matcher(line).find()) {
      if (!recovering && !line.contains("ready to accept connections")) {
        recovering = true;
        progress.accept(
            "The database was not shut down cleanly last time: PostgreSQL is recovering it from"
                + " its journal (this can take a minute or more on a busy machine).");
      }
      if (recovering) {
        progress.accept("PostgreSQL: " + line.replaceFirst("^.*?(LOG|DETAIL):\\s+", ""));
      }
    }
    if (FAILURE.matcher(line).find() && !EXPECTED_WHILE_STARTING.matcher(line).find()) {
      fail("it reported: " + line.replaceFirst("^.*?(FATAL|PANIC):\\s+", ""));
    }
  }

  private void fail(String reason) {
    if (failure != null) {
      return;
    }
    String tail;
    synchronized (lastLines) {
      tail = String.join(System.lineSeparator() + "    ", lastLines);
    }
    failure =
        reason
            + (tail.isEmpty()
                ? ""
                : ". The last lines of " + log + ":" + System.lineSeparator() + "    " + tail);
    starter.interrupt();
  }

  @Override
  public void close() {
    done = true;
    follower.interrupt();
    try {
      follower.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
