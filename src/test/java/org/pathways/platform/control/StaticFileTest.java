package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaticFileTest {

  @Test
  void aFacesAddressNamesTheFileUnderResources() {
    assertThat(StaticFile.of("/jakarta.faces.resource/js/step.js.xhtml", null, "abc"))
        .contains(new StaticFile("/resources/js/step.js", "abc"));
  }

  @Test
  void aFacesLibraryIsAFolderUnderResources() {
    assertThat(StaticFile.of("/jakarta.faces.resource/step.js.xhtml", "js", null))
        .contains(new StaticFile("/resources/js/step.js", null));
  }

  @Test
  void aDirectAddressNamesTheSameFile() {
    assertThat(StaticFile.of("/resources/css/pathways.css", null, null))
        .contains(new StaticFile("/resources/css/pathways.css", null));
  }

  @Test
  void addressesThatLeaveTheFolderOrNameNothingAreNotStaticFiles() {
    assertThat(StaticFile.of("/jakarta.faces.resource/../WEB-INF/web.xml.xhtml", null, null))
        .isEmpty();
    assertThat(StaticFile.of("/jakarta.faces.resource/web.xml.xhtml", "..", null)).isEmpty();
    assertThat(StaticFile.of("/resources/js/%2e%2e/x.js", null, null)).isEmpty();
    assertThat(StaticFile.of("/resources/", null, null)).isEmpty();
    assertThat(StaticFile.of("/learning/step.xhtml", null, null)).isEmpty();
    assertThat(StaticFile.of(null, null, null)).isEmpty();
  }

  @Test
  void theAddressOfTheCurrentContentIsKeptAYearAsImmutable() {
    assertThat(new StaticFile("/resources/js/step.js", "abc").cacheControl(Optional.of("abc")))
        .isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void anAddressWithoutHashOrWithAnOldOneIsRevalidatedAtEachUse() {
    assertThat(new StaticFile("/resources/js/step.js", null).cacheControl(Optional.of("abc")))
        .isEqualTo("no-cache");
    assertThat(new StaticFile("/resources/js/step.js", "old").cacheControl(Optional.of("abc")))
        .isEqualTo("no-cache");
    assertThat(new StaticFile("/resources/js/gone.js", "abc").cacheControl(Optional.empty()))
        .isEqualTo("no-cache");
  }

  @Test
  void theHashFollowsTheContent() throws Exception {
    String first = StaticFile.hash(stream("body { color: black; }"));
    assertThat(first).hasSize(16).matches("[0-9a-f]+");
    assertThat(StaticFile.hash(stream("body { color: black; }"))).isEqualTo(first);
    assertThat(StaticFile.hash(stream("body { color: navy; }"))).isNotEqualTo(first);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
