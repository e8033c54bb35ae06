package org.pathways.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start takes as long as the server shows progress, and ends at once when it reports failure. */
class StartupWatchTest {

  @TempDir Path folder;
  private final List<String> told = new CopyOnWriteArrayList<>();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  private void log(Path log, String... lines) throws Exception {
    Files.writeString(
        log, String.join("\n", lines) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  @Test
  void recoveryIsToldAsTheServerLogsItAndIsNoFailure() throws Exception {
    Path log = folder.resolve("postgres.log");
    log(log, "an earlier run's line: FATAL:  nothing to do with this start");
    try (StartupWatch watch = StartupWatch.follow(log, Duration.ofMinutes(1), told::add)) {
      log(
          log,
          "2026-11-30 12:00:00.000 UTC [7] LOG:  database system was interrupted; last known up"
              + " at 2026-11-30 11:59:00 UTC",
          "2026-11-30 12:00:00.100 UTC [9] FATAL:  the database system is starting up",
          "2026-11-30 12:00:00.200 UTC [7] LOG:  redo starts at 0/1A2B3C4",
          "2026-11-30 12:00:10.200 UTC [7] LOG:  redo in progress, elapsed time: 10.00 s, current"
              + " LSN: 0/2A2B3C4",
          "2026-11-30 12:00:12.000 UTC [9] FATAL:  the database system is not yet accepting"
              + " connections",
          "2026-11-30 12:00:15.000 UTC [7] LOG:  redo done at 0/3A2B3C4",
          "2026-11-30 12:00:15.100 UTC [6] LOG:  database system is ready to accept connections");
      await().atMost(Duration.ofSeconds(5)).until(() -> told.size() >= 5);

      assertThat(watch.failure()).isEmpty();
      assertThat(watch.sawRecovery()).isTrue();
      assertThat(told.get(0)).contains("not shut down cleanly", "recovering");
      assertThat(told).anyMatch(line -> line.equals("PostgreSQL: redo starts at 0/1A2B3C4"));
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
  }

  @Test
  void aServerThatCannotStartEndsTheWaitWithTheEndOfItsLog() throws Exception {
    Path log = folder.resolve("postgres.log");
    try (StartupWatch watch = StartupWatch.follow(log, Duration.ofMinutes(1), told::add)) {
      log(
          log,
          "waiting for server to start....",
          "2026-11-30 12:00:00.000 UTC [7] FATAL:  could not create lock file \"postmaster.pid\"",
          "pg_ctl: could not start server");
      await().atMost(Duration.ofSeconds(5)).until(() -> watch.failure().isPresent());

      assertThat(watch.failure().get())
          .startsWith("it reported: could not create lock file")
          .contains("waiting for server to start");
      assertThat(Thread.interrupted()).as("the starting thread was woken").isTrue();
    }
  }

  @Test
  void aLogThatStaysSilentIsAStall() throws Exception {
    Path log = folder.resolve("postgres.log");
    log(log, "waiting for server to start....");
    try (StartupWatch watch = StartupWatch.follow(log, Duration.ofMillis(500), told::add)) {
      await().atMost(Duration.ofSeconds(5)).until(() -> watch.failure().isPresent());

      assertThat(watch.failure().get()).contains("wrote nothing to its log for 0 seconds");
    }
  }
}
