package org.pathways.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wrong setting stops the local platform with one sentence that names the setting. */
class LocalPlatformTest {

  @TempDir Path project;

  private LocalPlatform platform(Map<String, String> env) {
    return new LocalPlatform(
        env, project.resolve("pathways.war"), project.resolve("payara-micro.jar"), project);
  }

  @Test
  void aPortInUseIsNamedWithAnotherPortToTry() throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      int port = busy.getLocalPort();
      assertThatThrownBy(() -> platform(Map.of("PORT", String.valueOf(port))).run())
          .isInstanceOf(LocalPlatform.SettingException.class)
          .hasMessageContaining("PORT " + port + " is already in use")
          .hasMessageContaining("PORT=" + (port + 1));
    }
  }

  @Test
  void aPortThatIsNotANumberIsNamed() {
    assertThatThrownBy(() -> platform(Map.of("PORT", "eighty")).run())
        .isInstanceOf(LocalPlatform.SettingException.class)
        .hasMessage("PORT must be a number from 1 to 65535, not \"eighty\".");
  }

  @Test
  void aMalformedDatabaseUrlIsNamedBeforeAnythingStarts() {
    Map<String, String> env =
        Map.of(
            "PORT",
            String.valueOf(EmbeddedDatabase.freePort()),
            "PATHWAYS_DB_URL",
            "localhost:5432");
    assertThatThrownBy(() -> platform(env).run())
        .isInstanceOf(LocalPlatform.SettingException.class)
        .hasMessageContaining("PATHWAYS_DB_URL")
        .hasMessageContaining("jdbc:postgresql://HOST:PORT/DATABASE");
  }

  @Test
  void aDataFolderThatCannotBeWrittenIsNamed() throws Exception {
    Path aFile = Files.writeString(project.resolve("not-a-folder"), "x");
    Map<String, String> env =
        Map.of(
            "PORT", String.valueOf(EmbeddedDatabase.freePort()),
            "PATHWAYS_DATA_DIR", aFile.resolve("data").toString());
    assertThatThrownBy(() -> platform(env).run())
        .isInstanceOf(LocalPlatform.SettingException.class)
        .hasMessageContaining("PATHWAYS_DATA_DIR " + aFile.resolve("data"))
        .hasMessageContaining("cannot be written");
  }

  @Test
  void mailedLinksPointAtThisMachineUnlessAPublicUrlIsGiven() throws Exception {
    assertThat(platform(Map.of()).publicUrl(8081)).isEqualTo("http://localhost:8081");
    assertThat(
            platform(Map.of("PATHWAYS_PUBLIC_URL", "https://pathways.example.org")).publicUrl(8081))
        .isEqualTo("https://pathways.example.org");
  }

  @Test
  void aPublicUrlThatIsNotAnAddressIsNamed() {
    Map<String, String> env =
        Map.of(
            "PORT",
            String.valueOf(EmbeddedDatabase.freePort()),
            "PATHWAYS_PUBLIC_URL",
            "pathways.example.org");
    assertThatThrownBy(() -> platform(env).run())
        .isInstanceOf(LocalPlatform.SettingException.class)
        .hasMessageContaining("PATHWAYS_PUBLIC_URL must be the address people use");
  }
}
