package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.webjars.WebJarVersionLocator;

class WebJarFileTest {

  private final Function<String, String> versions = Map.of("leaflet", "1.9.4")::get;

  @Test
  void aVersionLessPathFindsTheShippedVersionAndIsRevalidated() {
    WebJarFile file = WebJarFile.of("/leaflet/dist/leaflet.js", versions).orElseThrow();

    assertThat(file.resource())
        .isEqualTo("META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.js");
    assertThat(file.versioned()).isFalse();
    assertThat(file.cacheControl()).isEqualTo("no-cache");
    assertThat(file.entityTag()).isEqualTo("\"leaflet-1.9.4\"");
  }

  @Test
  void theVersionedPathOfTheShippedVersionIsImmutable() {
    WebJarFile file = WebJarFile.of("/leaflet/1.9.4/dist/leaflet.css", versions).orElseThrow();

    assertThat(file.resource())
        .isEqualTo("META-INF/resources/webjars/leaflet/1.9.4/dist/leaflet.css");
    assertThat(file.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void anOlderVersionInThePathIsNotTheShippedFile() {
    WebJarFile file = WebJarFile.of("/leaflet/1.9.3/dist/leaflet.js", versions).orElseThrow();

    assertThat(file.resource())
        .isEqualTo("META-INF/resources/webjars/leaflet/1.9.4/1.9.3/dist/leaflet.js");
    assertThat(file.versioned()).isFalse();
  }

  @Test
  void unknownWebjarsFoldersAndPathsThatLeaveTheWebjarFindNothing() {
    assertThat(WebJarFile.of("/swagger-ui/index.html", versions)).isEmpty();
    assertThat(WebJarFile.of("/leaflet/dist/", versions)).isEmpty();
    assertThat(WebJarFile.of("/leaflet", versions)).isEmpty();
    assertThat(WebJarFile.of("/leaflet/../../WEB-INF/web.xml", versions)).isEmpty();
    assertThat(WebJarFile.of("/leaflet/dist//leaflet.js", versions)).isEmpty();
    assertThat(WebJarFile.of("/leaflet/dist\\leaflet.js", versions)).isEmpty();
    assertThat(WebJarFile.of(null, versions)).isEmpty();
  }

  @Test
  void theLocatorFindsTheLeafletFileThatTheMapLoads() {
    WebJarFile file =
        WebJarFile.of("/leaflet/dist/leaflet.js", new WebJarVersionLocator()::version)
            .orElseThrow();

    assertThat(getClass().getClassLoader().getResource(file.resource())).isNotNull();
  }
}
