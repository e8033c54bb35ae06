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

  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.US
        : faces.getViewRoot().getLocale();
  }
}
