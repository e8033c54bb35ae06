package org.pathways.platform.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * What an earlier run may have left in the embedded database's folder, told apart before the server
 * starts:
 *
 * <ul>
 *   <li>a run that is still going holds the folder's lock file ({@code epg-lock}; the operating
 *       system releases such a lock when its process dies, however it dies): the folder is in use,
 *       and nothing is touched;
 *   <li>a PostgreSQL server still running on the folder with no run holding it was left behind by a
 *       run that was killed (the server runs in its own session, so it outlives its launcher): it
 *       is stopped cleanly, losing nothing;
 *   <li>a {@code postmaster.pid} naming a process that is gone, or that is no longer PostgreSQL
 *       (process numbers are reused after a reboot), is a stale lock from a power cut or a kill: it
 *       is removed, and PostgreSQL recovers the data from its journal as it starts.
 * </ul>
 */
final class DataFolder {

  static final String RUN_LOCK = "epg-lock";
  static final String SERVER_LOCK = "postmaster.pid";

  private DataFolder() {}

  /** Makes {@code pgData} ready for a new server, or says why another run still has it. */
  static void claim(Path pgData, Consumer<String> say) throws InUse, IOException {
    if (heldByAnotherRun(pgData.resolve(RUN_LOCK))) {
      throw new InUse(
          "another Pathways run is using it right now (it holds "
              + pgData.resolve(RUN_LOCK)
              + "). Stop that run first (Ctrl+C in its window), or set PATHWAYS_DATA_DIR to"
              + " another folder.");
    }
    Path serverLock = pgData.resolve(SERVER_LOCK);
    Optional<Long> pid = serverPid(serverLock);
    if (pid.isEmpty()) {
      if (Files.exists(serverLock)) {
        Files.delete(serverLock);
        say.accept("Removed an unreadable " + serverLock + " left by an earlier run.");
      }
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(DataFolder::running);
    if (process.isPresent() && isPostgres(process.get())) {
      say.accept(
          "A PostgreSQL server left running by an earlier run (process "
              + pid.get()
              + ") still has this data: stopping it cleanly first.");
      stop(process.get(), pgData);
    } else if (process.isPresent() && process.get().info().command().isEmpty()) {
      throw new InUse(
          "process "
              + pid.get()
              + " may be a PostgreSQL server on it, and this user cannot tell. Stop it (kill "
              + pid.get()
              + ") if it is, or delete "
              + serverLock
              + " if it is not.");
    } else {
      Files.deleteIfExists(serverLock);
      say.accept(
          "Removed a stale lock left by a run that stopped abruptly (process "
              + pid.get()
              + " is no longer PostgreSQL).");
    }
  }

  private static boolean heldByAnotherRun(Path runLock) throws IOException {
    if (!Files.exists(runLock)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(runLock, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by this very JVM: a second database on the same folder
    }
  }

  private static Optional<Long> serverPid(Path serverLock) throws IOException {
    if (!Files.exists(serverLock)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(serverLock);
    try {
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Alive and not a zombie: a server killed with SIGKILL stays a zombie until some process reaps
   * it, and in containers nobody may (PostgreSQL itself would take its lock file for a running
   * server then).
   */
  private static boolean running(ProcessHandle process) {
    if (!process.isAlive()) {
      return false;
    }
    Path stat = Path.of("/proc", String.valueOf(process.pid()), "stat");
    try {
      String line = Files.readString(stat);
      // "pid (command) state ...": the state follows the last parenthesis.
      return line.charAt(line.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException | RuntimeException e) {
      return true; // not Linux, or not readable: trust isAlive
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process
        .info()
        .command()
        .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
        .orElse(false);
  }

  /**
   * Stops the server cleanly, keeping everything committed: a smart shutdown (SIGTERM), which ends
   * at once when no client is left (the run that started it is gone), then a fast one (SIGINT) if a
   * client still holds on. SIGTERM comes first because a process started from a script's background
   * job ignores SIGINT unless it sets its own handler, as PostgreSQL does.
   */
  private static void stop(ProcessHandle server, Path pgData) throws InUse, IOException {
    try {
      if (!signal(server, "-TERM", 30) && !signal(server, "-INT", 90)) {
        throw new InUse(
            "the PostgreSQL server left running on it (process "
                + server.pid()
                + ") did not stop within two minutes. Stop it (kill "
                + server.pid()
                + ") and try again.");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping process " + server.pid(), e);
    }
    Files.deleteIfExists(pgData.resolve(SERVER_LOCK));
  }

  /** Sends the signal and answers whether the process ended within that many seconds. */
  private static boolean signal(ProcessHandle server, String signal, int seconds)
      throws IOException, InterruptedException {
    new ProcessBuilder("kill", signal, String.valueOf(server.pid()))
        .redirectErrorStream(true)
        .start()
        .waitFor(10, TimeUnit.SECONDS);
    try {
      server.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }

  /** The folder is in use, or cannot be made ready; the message says what to do. */
  static final class InUse extends Exception {
    InUse(String message) {
      super(message);
    }
  }
}
