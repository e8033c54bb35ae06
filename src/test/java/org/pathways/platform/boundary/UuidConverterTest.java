package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidConverterTest {

  private static final UUID ID = UUID.fromString("0b6f2a3e-5d1c-4f7a-9e8b-2c4d6e8f0a1b");
  private final UuidConverter converter = new UuidConverter();

  @Test
  void aWellFormedIdIsThatId() {
    assertThat(converter.getAsObject(null, null, ID.toString())).isEqualTo(ID);
  }

  @Test
  void surroundingSpacesDoNotMatter() {
    assertThat(converter.getAsObject(null, null, "  " + ID + "\n")).isEqualTo(ID);
  }

  @Test
  void aMalformedIdIsNoIdSoThePageAnswersNotFound() {
    assertThat(converter.getAsObject(null, null, "x")).isNull();
    assertThat(converter.getAsObject(null, null, ID + "0")).isNull();
    assertThat(UuidConverter.parse("not-a-uuid")).isNull();
  }

  @Test
  void aBlankOrMissingIdIsNoId() {
    assertThat(converter.getAsObject(null, null, "")).isNull();
    assertThat(converter.getAsObject(null, null, "   ")).isNull();
    assertThat(converter.getAsObject(null, null, null)).isNull();
  }

  @Test
  void anIdIsWrittenAsItsCanonicalText() {
    assertThat(converter.getAsString(null, null, ID)).isEqualTo(ID.toString());
    assertThat(converter.getAsString(null, null, null)).isEmpty();
  }
}
