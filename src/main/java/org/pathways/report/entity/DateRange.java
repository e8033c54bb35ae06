package org.pathways.report.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.pathways.platform.entity.IsoDays;
import org.pathways.platform.entity.Refusal;

/**
 * The days a report covers, both included, in UTC. Without {@code to} it ends today; without {@code
 * from} it starts 364 days before {@code to} (365 days in all). At most ten years.
 */
public record DateRange(LocalDate from, LocalDate to) {

  public static final int DEFAULT_DAYS = 365;
  public static final int MAX_DAYS = 3660;

  public DateRange {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from after to");
    }
  }

  /** The range these texts say (ISO dates, blank for the default), or field errors. */
  public static DateRange parse(
      String from, String to, LocalDate today, List<Refusal.FieldError> errors) {
    List<Refusal.FieldError> mine = new ArrayList<>();
    LocalDate end = IsoDays.parse("to", to, "report.range.date", mine);
    LocalDate start = IsoDays.parse("from", from, "report.range.date", mine);
    if (!mine.isEmpty()) {
      errors.addAll(mine);
      return null;
    }
    end = end == null ? today : end;
    start = start == null ? end.minusDays(DEFAULT_DAYS - 1L) : start;
    if (start.isAfter(end)) {
      errors.add(Refusal.FieldError.of("from", "report.range.from_after_to"));
      return null;
    }
    if (start.plusDays(MAX_DAYS).isBefore(end)) {
      errors.add(Refusal.FieldError.of("from", "report.range.too_long", MAX_DAYS));
      return null;
    }
    return new DateRange(start, end);
  }

  /** The first instant of the range. */
  public Instant start() {
    return from.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The first instant after the range. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
