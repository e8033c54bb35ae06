package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Reader;

class TimesTest {

  private static final ZoneId DENVER = ZoneId.of("America/Denver");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

  // 9:00 to 16:00 in Denver on Wednesday 23 June 2027 (MDT, UTC-6).
  private static final Instant START = Instant.parse("2027-06-23T15:00:00Z");
  private static final Instant END = Instant.parse("2027-06-23T22:00:00Z");

  @Test
  void aReaderWhoGaveNoZoneSeesUtcAndIsToldSo() {
    assertThat(Times.dateTime(Instant.parse("2026-12-01T21:04:00Z"), Reader.UNKNOWN))
        .isEqualTo("Dec 1, 2026, 9:04 PM UTC");
  }

  @Test
  void aTimeIsShownInTheReadersZoneWithItsName() {
    Reader chicago = new Reader(Locale.ENGLISH, ZoneId.of("America/Chicago"));
    assertThat(Times.dateTime(Instant.parse("2026-12-01T21:04:00Z"), chicago))
        .isEqualTo("Dec 1, 2026, 3:04 PM CST");
    // Late evening in Hawaii is already the next day in UTC: the day follows the zone.
    Reader honolulu = new Reader(Locale.ENGLISH, ZoneId.of("Pacific/Honolulu"));
    assertThat(Times.date(Instant.parse("2026-12-02T06:30:00Z"), honolulu))
        .isEqualTo("December 1, 2026");
  }

  @Test
  void spanishReadersReadSpanishDatesOnAUsTwelveHourClock() {
    Reader reader = new Reader(Languages.SPANISH, ZoneId.of("America/Puerto_Rico"));
    assertThat(Times.date(Instant.parse("2026-12-01T21:04:00Z"), reader))
        .isEqualTo("1 de diciembre de 2026");
    assertThat(Times.dateTime(Instant.parse("2026-12-01T21:04:00Z"), reader))
        .contains("5:04")
        .containsIgnoringCase("p")
        .contains("AST");
  }

  @Test
  void aSessionIsShownWhereItIsHeldWithTheReadersTimeBesideIt() {
    Reader newYork = new Reader(Locale.ENGLISH, NEW_YORK);
    assertThat(Times.session(START, END, DENVER, false, newYork))
        .isEqualTo("Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT (11:00 AM – 6:00 PM EDT your time)");
  }

  @Test
  void aSessionInTheReadersOwnClockIsShownOnce() {
    assertThat(Times.session(START, END, DENVER, false, new Reader(Locale.ENGLISH, DENVER)))
        .isEqualTo("Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT");
    assertThat(Times.session(START, END, DENVER, false, Reader.UNKNOWN))
        .isEqualTo("Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT");
    // Arizona keeps standard time: in summer its clock differs from Denver's, so both are said.
    assertThat(Times.session(START, END, DENVER, false, new Reader(Locale.ENGLISH, PHOENIX)))
        .endsWith("(8:00 AM – 3:00 PM MST your time)");
  }

  @Test
  void anOnlineSessionIsShownInTheReadersZone() {
    assertThat(Times.session(START, END, DENVER, true, new Reader(Locale.ENGLISH, NEW_YORK)))
        .isEqualTo("Wed, Jun 23, 2027, 11:00 AM – 6:00 PM EDT");
    assertThat(Times.session(START, END, DENVER, true, Reader.UNKNOWN))
        .isEqualTo("Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT");
  }

  @Test
  void theReadersTimeNamesTheDayWhenItFallsOnAnother() {
    Reader guam = new Reader(Locale.ENGLISH, ZoneId.of("Pacific/Guam"));
    assertThat(Times.session(START, END, DENVER, false, guam))
        .isEqualTo(
            "Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT"
                + " (Thu, Jun 24, 2027, 1:00 AM – 8:00 AM ChST your time)");
  }

  @Test
  void aSessionInSpanishSaysWhereAndTheReadersTime() {
    Reader reader = new Reader(Languages.SPANISH, NEW_YORK);
    assertThat(Times.session(START, END, DENVER, false, reader))
        .isEqualTo(
            "mié 23 jun. 2027, 9:00 a.\u00a0m. – 4:00 p.\u00a0m. MDT"
                + " (11:00 a.\u00a0m. – 6:00 p.\u00a0m. EDT, su hora)");
  }
}
