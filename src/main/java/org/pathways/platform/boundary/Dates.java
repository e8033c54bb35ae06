package org.pathways.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;

/**
 * Instants as pages show them ({@code #{dates.date(x)}}), in the reader's language and time zone
 * ({@link Times}): Faces 4.0's converters do not take an {@link Instant}. A reader who gave no time
 * zone sees UTC, and is told so.
 */
@Named
@ApplicationScoped
public class Dates {

  public String date(Instant instant) {
    return Times.date(instant, reader());
  }

  /** A calendar day (a {@code LocalDate}), short. */
  public String day(java.time.LocalDate day) {
    return Times.day(day, reader());
  }

  public String dateTime(Instant instant) {
    return Times.dateTime(instant, reader());
  }

  /**
   * A session where it is held ("Wed, Jun 23, 2027, 9:00 AM – 4:00 PM MDT"), with the reader's own
   * time beside it when their zone differs.
   */
  public String session(Instant start, Instant end, String zone) {
    return session(start, end, zone, false);
  }

  /** A session; an {@code online} one in the reader's own zone when they gave it. */
  public String session(Instant start, Instant end, String zone, boolean online) {
    return zone == null ? "" : Times.session(start, end, ZoneId.of(zone), online, reader());
  }

  /** A date in the time zone where something is held. */
  public String dateIn(Instant instant, String zone) {
    return zone == null ? "" : Times.dateIn(instant, ZoneId.of(zone), reader());
  }

  private static Reader reader() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || faces.getViewRoot() == null) {
      return Reader.UNKNOWN;
    }
    Locale language = faces.getViewRoot().getLocale();
    return Readers.of(language, (HttpServletRequest) faces.getExternalContext().getRequest());
  }
}
