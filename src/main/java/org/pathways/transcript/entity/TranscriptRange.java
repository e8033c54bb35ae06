package org.pathways.transcript.entity;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.pathways.platform.entity.IsoDays;
import org.pathways.platform.entity.Refusal;

/**
 * The days a transcript covers, both included. Without dates, the school year (July 1 to June 30)
 * that holds today; with one date only, the year that starts or ends there. At most ten years.
 */
public record TranscriptRange(LocalDate from, LocalDate to) {

  public static final int MAX_YEARS = 10;

  public TranscriptRange {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from after to");
    }
  }

  /** The school year, July to June, that holds this day. */
  public static TranscriptRange schoolYear(LocalDate day) {
    int startYear =
        day.getMonthValue() >= Month.JULY.getValue() ? day.getYear() : day.getYear() - 1;
    LocalDate start = LocalDate.of(startYear, Month.JULY, 1);
    return new TranscriptRange(start, start.plusYears(1).minusDays(1));
  }

  /** The range these texts say (ISO dates, blank for the default), or field errors. */
  public static TranscriptRange parse(
      String from, String to, LocalDate today, List<Refusal.FieldError> errors) {
    List<Refusal.FieldError> mine = new ArrayList<>();
    LocalDate start = IsoDays.parse("from", from, "transcript.range.date", mine);
    LocalDate end = IsoDays.parse("to", to, "transcript.range.date", mine);
    if (!mine.isEmpty()) {
      errors.addAll(mine);
      return null;
    }
    if (start == null && end == null) {
      return schoolYear(today);
    }
    start = start == null ? end.minusYears(1).plusDays(1) : start;
    end = end == null ? start.plusYears(1).minusDays(1) : end;
    if (start.isAfter(end)) {
      errors.add(Refusal.FieldError.of("from", "transcript.range.from_after_to"));
      return null;
    }
    if (start.plusYears(MAX_YEARS).isBefore(end)) {
      errors.add(Refusal.FieldError.of("from", "transcript.range.too_long", MAX_YEARS));
      return null;
    }
    return new TranscriptRange(start, end);
  }

  public boolean holds(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }
}
