package org.pathways.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Instants as pages show them, in the reader's language ({@code #{dates.date(x)}}): Faces 4.0's
 * converters do not take an {@link Instant}. Times are shown in UTC, and say so.
 */
@Named
@ApplicationScoped
public class Dates {

  public String date(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale())
            .withZone(ZoneOffset.UTC)
            .format(instant);
  }

  public String dateTime(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .withZone(ZoneOffset.UTC)
                .format(instant)
            + " UTC";
  }

  /**
   * A session in the time zone where it is held: "Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT" (the
   * end's date too when it falls on another day).
   */
  public String session(Instant start, Instant end, String zone) {
    if (start == null || end == null || zone == null) {
      return "";
    }
    java.time.ZoneId id = java.time.ZoneId.of(zone);
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy", locale()).withZone(id);
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale()).withZone(id);
    DateTimeFormatter zoneName = DateTimeFormatter.ofPattern("zzz", locale()).withZone(id);
    boolean sameDay = start.atZone(id).toLocalDate().equals(end.atZone(id).toLocalDate());
    return day.format(start)
        + ", "
        + time.format(start)
        + " – "
        + (sameDay ? "" : day.format(end) + ", ")
        + time.format(end)
        + " "
        + zoneName.format(end);
  }

  /** A date in the time zone where something is held. */
  public String dateIn(Instant instant, String zone) {
    return instant == null || zone == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale())
            .withZone(java.time.ZoneId.of(zone))
            .format(instant);
  }

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.US
        : faces.getViewRoot().getLocale();
  }
}
