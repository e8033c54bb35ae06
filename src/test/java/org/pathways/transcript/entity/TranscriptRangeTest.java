package org.pathways.transcript.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.Refusal;

class TranscriptRangeTest {

  private final List<Refusal.FieldError> errors = new ArrayList<>();

  @Test
  void withoutDatesItIsTheSchoolYearThatHoldsToday() {
    assertThat(TranscriptRange.parse(null, " ", LocalDate.of(2026, 12, 2), errors))
        .isEqualTo(new TranscriptRange(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)));
    assertThat(TranscriptRange.parse(null, null, LocalDate.of(2027, 6, 30), errors))
        .isEqualTo(new TranscriptRange(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)));
    assertThat(TranscriptRange.parse(null, null, LocalDate.of(2027, 7, 1), errors))
        .isEqualTo(new TranscriptRange(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30)));
    assertThat(errors).isEmpty();
  }

  @Test
  void oneDateAloneStartsOrEndsAYear() {
    assertThat(TranscriptRange.parse("2025-09-01", null, LocalDate.of(2026, 12, 2), errors))
        .isEqualTo(new TranscriptRange(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)));
    assertThat(TranscriptRange.parse("", "2026-08-31", LocalDate.of(2026, 12, 2), errors))
        .isEqualTo(new TranscriptRange(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31)));
  }

  @Test
  void unreadableDatesAreRefusedFieldByField() {
    assertThat(TranscriptRange.parse("yesterday", "1999-01-01", LocalDate.now(), errors)).isNull();
    assertThat(errors)
        .extracting(Refusal.FieldError::field, e -> e.message().key())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("from", "transcript.range.date"),
            org.assertj.core.groups.Tuple.tuple("to", "transcript.range.date"));
  }

  @Test
  void aRangeBackwardsOrOverTenYearsIsRefused() {
    assertThat(TranscriptRange.parse("2026-07-02", "2026-07-01", LocalDate.now(), errors)).isNull();
    assertThat(TranscriptRange.parse("2010-01-01", "2026-07-01", LocalDate.now(), errors)).isNull();
    assertThat(errors)
        .extracting(e -> e.message().key())
        .containsExactly("transcript.range.from_after_to", "transcript.range.too_long");
  }

  @Test
  void bothEndsAreIncluded() {
    TranscriptRange range =
        new TranscriptRange(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
    assertThat(range.holds(LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(range.holds(LocalDate.of(2027, 6, 30))).isTrue();
    assertThat(range.holds(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(range.holds(LocalDate.of(2027, 7, 1))).isFalse();
  }
}
