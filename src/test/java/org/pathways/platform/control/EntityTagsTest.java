package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

  private static String tagOf(String body) {
    return EntityTags.of(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSameBodyHasTheSameWeakTag() {
    String tag = tagOf("{\"key\":\"intro\",\"state\":\"NOT_STARTED\"}");
    assertThat(tag).startsWith("W/\"").endsWith("\"");
    assertThat(tagOf("{\"key\":\"intro\",\"state\":\"NOT_STARTED\"}")).isEqualTo(tag);
  }

  @Test
  void anyChangeInTheBodyChangesTheTag() {
    assertThat(tagOf("{\"key\":\"intro\",\"state\":\"COMPLETED\"}"))
        .isNotEqualTo(tagOf("{\"key\":\"intro\",\"state\":\"NOT_STARTED\"}"));
  }

  @Test
  void ifNoneMatchComparesWeakly() {
    String tag = tagOf("body");
    String opaque = tag.substring(2);
    assertThat(EntityTags.matches(tag, tag)).isTrue();
    assertThat(EntityTags.matches(opaque, tag)).isTrue();
    assertThat(EntityTags.matches("\"other\", " + tag, tag)).isTrue();
    assertThat(EntityTags.matches("*", tag)).isTrue();
  }

  @Test
  void anotherTagOrNoneDoesNotMatch() {
    String tag = tagOf("body");
    assertThat(EntityTags.matches(tagOf("other body"), tag)).isFalse();
    assertThat(EntityTags.matches(null, tag)).isFalse();
    assertThat(EntityTags.matches(" ", tag)).isFalse();
  }
}
