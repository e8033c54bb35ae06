package org.pathways.transcript.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.pathways.learning.boundary.Certificates;
import org.pathways.transcript.control.TranscriptLines.Placement;
import org.pathways.transcript.entity.TranscriptItem;
import org.pathways.transcript.entity.TranscriptRange;
import org.pathways.workshop.boundary.AttendedWorkshops.AttendedSession;
import org.pathways.workshop.boundary.AttendedWorkshops.AttendedWorkshop;

class TranscriptLinesTest {

  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  private static final TranscriptRange YEAR =
      new TranscriptRange(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));

  private final Map<UUID, AttendedWorkshop> workshops = new HashMap<>();

  private TranscriptLines.Context context(ZoneId zone) {
    return new TranscriptLines.Context(
        zone,
        "Pathways",
        slug -> new Placement("Middle school", 1, "Online"),
        workshops,
        w -> new Placement("High school", w.phase(), "Summer workshop"),
        code -> "https://pathways.test/certificates/verify.xhtml?code=" + code);
  }

  private static Certificates.Held course(
      String code, String hours, Instant started, Instant done) {
    return new Certificates.Held(
        code, "cs-basics", null, "CS basics", new BigDecimal(hours), started, done);
  }

  private Certificates.Held workshop(String code, String hours, LocalDate... days) {
    UUID id = UUID.randomUUID();
    List<AttendedSession> sessions = new ArrayList<>();
    BigDecimal each = new BigDecimal(hours).divide(BigDecimal.valueOf(days.length));
    for (LocalDate day : days) {
      sessions.add(new AttendedSession(day, each));
    }
    workshops.put(id, new AttendedWorkshop(id, "high-school", 2, sessions));
    return new Certificates.Held(
        code, null, id, "Summer workshop, Denver", new BigDecimal(hours), null, Instant.now());
  }

  @Test
  void aCourseEndsOnTheDayItWasCompletedWhereTheTeacherLives() {
    // 03:00 UTC on July 1 is still June 30 in Chicago: last school year.
    Certificates.Held late =
        course(
            "PW-AAAA-AAAA-AAAA",
            "4",
            Instant.parse("2026-06-01T15:00:00Z"),
            Instant.parse("2026-07-01T03:00:00Z"));
    assertThat(TranscriptLines.lines(List.of(late), YEAR, context(CHICAGO))).isEmpty();
    assertThat(TranscriptLines.lines(List.of(late), YEAR, context(ZoneOffset.UTC)))
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.kind()).isEqualTo(TranscriptItem.Kind.COURSE);
              assertThat(line.startedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
              assertThat(line.completedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
              assertThat(line.program()).isEqualTo("Middle school");
              assertThat(line.phase()).isEqualTo(1);
              assertThat(line.sessions()).isNull();
              assertThat(line.verifyUrl()).endsWith("PW-AAAA-AAAA-AAAA");
            });
  }

  @Test
  void aWorkshopListsItsSessionsAndEndsOnTheLastOne() {
    Certificates.Held summer =
        workshop("PW-BBBB-BBBB-BBBB", "14", LocalDate.of(2027, 6, 29), LocalDate.of(2027, 6, 30));
    TranscriptItem line = TranscriptLines.lines(List.of(summer), YEAR, context(CHICAGO)).get(0);
    assertThat(line.kind()).isEqualTo(TranscriptItem.Kind.WORKSHOP);
    assertThat(line.startedOn()).isEqualTo(LocalDate.of(2027, 6, 29));
    assertThat(line.completedOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(line.sessions()).extracting(TranscriptItem.SessionHours::date).hasSize(2);
    assertThat(line.phase()).isEqualTo(2);
    assertThat(line.hours()).isEqualByComparingTo("14");
  }

  @Test
  void linesComeInTheOrderTheyEndedAndAddUp() {
    List<Certificates.Held> held =
        List.of(
            workshop("PW-CCCC-CCCC-CCCC", "7", LocalDate.of(2026, 10, 3)),
            course(
                "PW-DDDD-DDDD-DDDD",
                "2.5",
                Instant.parse("2026-08-01T15:00:00Z"),
                Instant.parse("2026-09-01T15:00:00Z")));
    List<TranscriptItem> lines = TranscriptLines.lines(held, YEAR, context(CHICAGO));
    assertThat(lines)
        .extracting(TranscriptItem::certificateCode)
        .containsExactly("PW-DDDD-DDDD-DDDD", "PW-CCCC-CCCC-CCCC");
    assertThat(TranscriptLines.total(lines)).isEqualByComparingTo("9.5");
  }

  /**
   * Whatever the history, a transcript's total is the sum of the hours of the certificates whose
   * activity ended within its days.
   */
  @Property(tries = 200)
  void theTotalIsTheSumOfTheCertificatesOfTheSameRange(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 1200) Integer> courseDays,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 140) Integer> quarterHours,
      @ForAll @IntRange(min = 0, max = 1000) int fromDay,
      @ForAll @IntRange(min = 0, max = 800) int length) {
    LocalDate origin = LocalDate.of(2025, 1, 1);
    TranscriptRange range =
        new TranscriptRange(origin.plusDays(fromDay), origin.plusDays(fromDay + length));
    List<Certificates.Held> held = new ArrayList<>();
    BigDecimal expected = BigDecimal.ZERO;
    for (int i = 0; i < courseDays.size(); i++) {
      BigDecimal hours =
          BigDecimal.valueOf(quarterHours.isEmpty() ? 4 : quarterHours.get(i % quarterHours.size()))
              .divide(BigDecimal.valueOf(4));
      LocalDate day = origin.plusDays(courseDays.get(i));
      Certificates.Held certificate =
          i % 2 == 0
              ? course(
                  "PW-" + i,
                  hours.toPlainString(),
                  day.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant(),
                  day.atTime(12, 0).atZone(ZoneOffset.UTC).toInstant())
              : workshop("PW-" + i, hours.toPlainString(), day.minusDays(1), day);
      held.add(certificate);
      if (range.holds(day)) {
        expected = expected.add(hours);
      }
    }
    List<TranscriptItem> lines = TranscriptLines.lines(held, range, context(ZoneOffset.UTC));
    assertThat(TranscriptLines.total(lines)).isEqualByComparingTo(expected);
    assertThat(lines).allSatisfy(line -> assertThat(range.holds(line.completedOn())).isTrue());
  }
}
