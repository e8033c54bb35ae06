package org.pathways.platform.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A day typed in a form or a query, year-month-day: the ranges of reports and transcripts read
 * theirs here, and name the field in plain words when it cannot be read (or lies outside the years
 * 2000 to 2999, where no PD record is).
 */
public final class IsoDays {

  private IsoDays() {}

  /** The day the text says; null when blank, or (with a field error under this key) unreadable. */
  public static LocalDate parse(
      String field, String text, String key, List<Refusal.FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text.strip());
      if (date.getYear() >= 2000 && date.getYear() <= 2999) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // said below
    }
    errors.add(Refusal.FieldError.of(field, key));
    return null;
  }
}
