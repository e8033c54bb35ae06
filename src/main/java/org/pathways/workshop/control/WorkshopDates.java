package org.pathways.workshop.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * The dates a teacher filters workshops by, as the finder page and the API take them: {@code from}
 * and {@code to} are days (YYYY-MM-DD), both included, either left open. A day is read in UTC.
 *
 * @param from the start of the first day, or null
 * @param to the end of the last day (the start of the next), or null
 */
public record WorkshopDates(Instant from, Instant to) {

  /** No date filter. */
  public static final WorkshopDates ANY = new WorkshopDates(null, null);

  /**
   * Reads the two days. An unreadable one is left open and named to {@code unreadable} ("from" or
   * "to"), which may refuse the request instead.
   */
  public static WorkshopDates parse(String from, String to, Consumer<String> unreadable) {
    return new WorkshopDates(day(from, false, "from", unreadable), day(to, true, "to", unreadable));
  }

  private static Instant day(
      String text, boolean endOfDay, String field, Consumer<String> unreadable) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      unreadable.accept(field);
      return null;
    }
  }
}
