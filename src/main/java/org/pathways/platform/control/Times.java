package org.pathways.platform.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Reader;

/**
 * Instants as a reader sees them, in their language and time zone: pages, mails and PDFs alike. A
 * time always names its zone ("3:00 PM CST"), so a reader who has not given theirs sees "UTC"
 * rather than a time they would misread. A workshop session is shown in the time zone where it is
 * held, with the reader's own time beside it when the two differ; an online session in the reader's
 * own zone.
 */
public final class Times {

  private Times() {}

  /** The day, in words: "December 1, 2026", "1 de diciembre de 2026". */
  public static String date(Instant instant, Reader reader) {
    return instant == null ? "" : dateIn(instant, reader.zoneOrUtc(), reader);
  }

  /** A calendar day, short: "Dec 1, 2026", "1 dic 2026". */
  public static String day(java.time.LocalDate day, Reader reader) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(reader.formats())
            .format(day);
  }

  /** The day in this zone (where something is held). */
  public static String dateIn(Instant instant, ZoneId zone, Reader reader) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(reader.formats())
            .withZone(zone)
            .format(instant);
  }

  /** Day and time with the zone's name: "Dec 1, 2026, 3:04 PM CST". */
  public static String dateTime(Instant instant, Reader reader) {
    if (instant == null) {
      return "";
    }
    ZoneId zone = reader.zoneOrUtc();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(reader.formats())
            .withZone(zone)
            .format(instant)
        + " "
        + zoneName(instant, zone, reader);
  }

  /**
   * A session from {@code start} to {@code end}: "Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT" in the
   * zone where it is held (the end's day too when it falls on another day), then "(11:00 AM – 6:00
   * PM EDT your time)" when the reader's zone is known and differs. An {@code online} session is
   * shown in the reader's own zone when it is known.
   */
  public static String session(
      Instant start, Instant end, ZoneId held, boolean online, Reader reader) {
    if (start == null || end == null || held == null) {
      return "";
    }
    ZoneId shown = online && reader.zone() != null ? reader.zone() : held;
    String span = span(start, end, shown, reader, true);
    ZoneId own = reader.zone();
    if (own == null || shown.equals(own) || sameClock(start, end, shown, own)) {
      return span;
    }
    boolean sameDays =
        start.atZone(shown).toLocalDate().equals(start.atZone(own).toLocalDate())
            && end.atZone(shown).toLocalDate().equals(end.atZone(own).toLocalDate());
    return span
        + " "
        + Texts.in(
            reader.language(),
            Message.of("platform.time.yours", span(start, end, own, reader, !sameDays)));
  }

  private static String span(
      Instant start, Instant end, ZoneId zone, Reader reader, boolean withDay) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern(dayPattern(reader), reader.formats());
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(reader.formats());
    var from = start.atZone(zone);
    var to = end.atZone(zone);
    boolean sameDay = from.toLocalDate().equals(to.toLocalDate());
    return (withDay ? day.format(from) + ", " : "")
        + time.format(from)
        + " – "
        + (sameDay ? "" : day.format(to) + ", ")
        + time.format(to)
        + " "
        + zoneName(end, zone, reader);
  }

  /** Whether the two zones show the same clock for the whole session (no need to say it twice). */
  private static boolean sameClock(Instant start, Instant end, ZoneId one, ZoneId other) {
    return one.getRules().getOffset(start).equals(other.getRules().getOffset(start))
        && one.getRules().getOffset(end).equals(other.getRules().getOffset(end));
  }

  private static String dayPattern(Reader reader) {
    return reader.language().getLanguage().equals("es") ? "EEE d MMM yyyy" : "EEE, MMM d, yyyy";
  }

  /** The zone's short name at that instant ("CST", "CDT"), "UTC" for UTC. */
  private static String zoneName(Instant instant, ZoneId zone, Reader reader) {
    if (zone instanceof ZoneOffset offset) {
      return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
    return DateTimeFormatter.ofPattern("zzz", reader.formats()).withZone(zone).format(instant);
  }
}
