package org.pathways.offline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceWorkerVersionTest {

  @Test
  void theSameBuildAndContentGiveTheSameVersionWhateverTheOrder() {
    Map<String, String> one = new LinkedHashMap<>();
    one.put("k5", "aaa");
    one.put("hs", "bbb");
    Map<String, String> other = new LinkedHashMap<>();
    other.put("hs", "bbb");
    other.put("k5", "aaa");
    assertThat(ServiceWorkerVersion.of("1.0", one))
        .isEqualTo(ServiceWorkerVersion.of("1.0", other));
  }

  @Test
  void aNewBuildOrNewContentChangesTheVersion() {
    String first = ServiceWorkerVersion.of("1.0", Map.of("k5", "aaa"));
    assertThat(ServiceWorkerVersion.of("1.1", Map.of("k5", "aaa"))).isNotEqualTo(first);
    assertThat(ServiceWorkerVersion.of("1.0", Map.of("k5", "aab"))).isNotEqualTo(first);
    assertThat(ServiceWorkerVersion.of("1.0", Map.of("k5", "aaa", "hs", "c"))).isNotEqualTo(first);
  }

  @Test
  void aPackageNeverServedDoesNotCount() {
    Map<String, String> withUnserved = new HashMap<>();
    withUnserved.put("k5", "aaa");
    withUnserved.put("broken", null);
    assertThat(ServiceWorkerVersion.of("1.0", withUnserved))
        .isEqualTo(ServiceWorkerVersion.of("1.0", Map.of("k5", "aaa")));
  }

  @Test
  void theScriptTextChangesWithTheVersion() {
    String template = "// sw\nconst VERSION = \"dev\";\nself.x = VERSION;\n";
    String a = ServiceWorkerVersion.script(template, ServiceWorkerVersion.of("1", Map.of()));
    String b = ServiceWorkerVersion.script(template, ServiceWorkerVersion.of("2", Map.of()));
    assertThat(a).isNotEqualTo(b).doesNotContain("\"dev\"").contains("self.x = VERSION;");
  }

  @Test
  void aTemplateWithoutItsVersionLineOrAVersionThatIsNotHexIsRefused() {
    assertThatThrownBy(() -> ServiceWorkerVersion.script("self.x = 1;", "abc"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ServiceWorkerVersion.script(ServiceWorkerVersion.PLACEHOLDER, "\"; alert(1)"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theShippedTemplateHoldsTheVersionLine() throws Exception {
    try (var in = ServiceWorkerVersion.class.getResourceAsStream("/org/pathways/offline/sw.js")) {
      assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains(ServiceWorkerVersion.PLACEHOLDER);
    }
  }

  @Test
  void aChangedScriptChangesTheFilesHashWhateverTheOrderTheFilesWereRead() {
    Map<String, byte[]> read = new LinkedHashMap<>();
    read.put("/resources/js/step.js", "record();".getBytes());
    read.put("/resources/css/pathways.css", "body{}".getBytes());
    Map<String, byte[]> otherOrder = new LinkedHashMap<>();
    otherOrder.put("/resources/css/pathways.css", "body{}".getBytes());
    otherOrder.put("/resources/js/step.js", "record();".getBytes());
    Map<String, byte[]> changed = new HashMap<>(read);
    changed.put("/resources/js/step.js", "record(1);".getBytes());

    assertThat(ServiceWorkerVersion.files(read))
        .isEqualTo(ServiceWorkerVersion.files(otherOrder))
        .isNotEqualTo(ServiceWorkerVersion.files(changed))
        .matches("[0-9a-f]{16}");
  }
}
