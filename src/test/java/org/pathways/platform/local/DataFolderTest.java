package org.pathways.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder an earlier run left behind is told apart from one a running run holds. */
class DataFolderTest {

  @TempDir Path folder;
  private final List<String> said = new ArrayList<>();

  @Test
  void aFolderHeldByARunningRunIsNamedAndLeftAlone() throws Exception {
    Path runLock = folder.resolve(DataFolder.RUN_LOCK);
    Files.writeString(folder.resolve(DataFolder.SERVER_LOCK), ProcessHandle.current().pid() + "\n");
    try (FileChannel channel =
            FileChannel.open(runLock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertThatThrownBy(() -> DataFolder.claim(folder, said::add))
          .isInstanceOf(DataFolder.InUse.class)
          .hasMessageContaining("another Pathways run is using it")
          .hasMessageContaining("PATHWAYS_DATA_DIR");
    }
    assertThat(folder.resolve(DataFolder.SERVER_LOCK)).exists();
  }

  @Test
  void aLockWhoseRunHasEndedDoesNotHoldTheFolder() throws Exception {
    Files.writeString(folder.resolve(DataFolder.RUN_LOCK), "");
    DataFolder.claim(folder, said::add);
    assertThat(said).isEmpty();
  }

  @Test
  void aServerLockOfAProcessThatIsGoneIsRemovedAsStale() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.writeString(folder.resolve(DataFolder.SERVER_LOCK), gone.pid() + "\n" + folder + "\n");

    DataFolder.claim(folder, said::add);

    assertThat(folder.resolve(DataFolder.SERVER_LOCK)).doesNotExist();
    assertThat(said).singleElement().asString().contains("stale lock", "no longer PostgreSQL");
  }

  @Test
  void aServerLockOfAKilledServerNobodyHasReapedIsStale() throws Exception {
    // The shell's child ends a moment after the shell has become a program that never reaps it.
    Process parent =
        new ProcessBuilder("sh", "-c", "sleep 0.2 & echo $!; exec sleep 30")
            .redirectErrorStream(true)
            .start();
    try (var output =
        new java.io.BufferedReader(new java.io.InputStreamReader(parent.getInputStream()))) {
      long zombie = Long.parseLong(output.readLine().strip());
      Thread.sleep(1000);
      assertThat(ProcessHandle.of(zombie))
          .as("a zombie still answers")
          .hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());
      Files.writeString(folder.resolve(DataFolder.SERVER_LOCK), zombie + "\n");

      DataFolder.claim(folder, said::add);

      assertThat(folder.resolve(DataFolder.SERVER_LOCK)).doesNotExist();
      assertThat(said).singleElement().asString().contains("stale lock");
    } finally {
      parent.destroyForcibly();
    }
  }

  @Test
  void aServerLockNamingAProcessThatIsNotPostgresIsStaleToo() throws Exception {
    // After a reboot the number may belong to any process, such as this one.
    Files.writeString(folder.resolve(DataFolder.SERVER_LOCK), ProcessHandle.current().pid() + "\n");

    DataFolder.claim(folder, said::add);

    assertThat(folder.resolve(DataFolder.SERVER_LOCK)).doesNotExist();
  }

  @Test
  void aServerLeftRunningByAKilledRunIsStoppedBeforeTheNewStart() throws Exception {
    Path postgres = folder.resolve("postgres");
    Files.copy(Path.of("/bin/sleep"), postgres, StandardCopyOption.COPY_ATTRIBUTES);
    Path pgData = Files.createDirectory(folder.resolve("data"));
    Process server = new ProcessBuilder(postgres.toString(), "300").start();
    try {
      Files.writeString(pgData.resolve(DataFolder.SERVER_LOCK), server.pid() + "\n");

      DataFolder.claim(pgData, said::add);

      assertThat(server.waitFor(5, TimeUnit.SECONDS)).isTrue();
      assertThat(said).singleElement().asString().contains("left running", "stopping it cleanly");
      assertThat(pgData.resolve(DataFolder.SERVER_LOCK)).doesNotExist();
    } finally {
      server.destroyForcibly();
    }
  }
}
