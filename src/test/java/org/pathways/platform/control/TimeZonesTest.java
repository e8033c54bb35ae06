package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

  @Test
  void anIanaRegionOrUtcIsAZone() {
    assertThat(TimeZones.of("America/Chicago")).contains(ZoneId.of("America/Chicago"));
    assertThat(TimeZones.of(" Pacific/Honolulu ")).contains(ZoneId.of("Pacific/Honolulu"));
    assertThat(TimeZones.of("UTC")).contains(ZoneOffset.UTC);
    assertThat(TimeZones.of("Etc/UTC")).contains(ZoneOffset.UTC);
  }

  @Test
  void offsetsAbbreviationsAndNonsenseAreNotZones() {
    for (String name :
        new String[] {
          null, "", " ", "CST", "+05:00", "GMT+5", "Etc/GMT+5", "America/Atlantis", "x".repeat(65)
        }) {
      assertThat(TimeZones.of(name)).as(String.valueOf(name)).isEmpty();
    }
  }

  @Test
  void everyOfferedZoneIsAcceptedByItsName() {
    for (ZoneId zone : TimeZones.COMMON) {
      assertThat(TimeZones.of(TimeZones.name(zone))).contains(zone);
    }
  }

  @Test
  void aRefusedNameIsRepeatedShortAndWithoutControlCharacters() {
    assertThat(TimeZones.shown(" Mars/Olympus_Mons\n")).isEqualTo("Mars/Olympus_Mons");
    assertThat(TimeZones.shown("x".repeat(100))).hasSize(65).endsWith("…");
  }
}
