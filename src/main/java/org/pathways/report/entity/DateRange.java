package org.pathways.report.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
    LocalDate end = date("to", to, mine);
    LocalDate start = date("from", from, mine);
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

  private static LocalDate date(String field, String text, List<Refusal.FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.getYear() < 2000 || date.getYear() > 2999) {
        errors.add(Refusal.FieldError.of(field, "report.range.date"));
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      errors.add(Refusal.FieldError.of(field, "report.range.date"));
      return null;
    }
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
