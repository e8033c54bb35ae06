package org.pathways.platform.entity;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Who reads a sentence or a time: in which language, and in which time zone ({@code null} when they
 * have not said: times are then shown in UTC, and say so). Pages take it from the request (the
 * teacher's profile, else the choice and the browser), mails and PDFs from the recipient's account.
 */
public record Reader(Locale language, ZoneId zone) {

  /** Someone we know nothing of: English, times in UTC. */
  public static final Reader UNKNOWN = new Reader(Locale.ENGLISH, null);

  public Reader {
    language = language == null ? Locale.ENGLISH : language;
  }

  /** The zone times are shown in: theirs, else UTC. */
  public ZoneId zoneOrUtc() {
    return zone == null ? ZoneOffset.UTC : zone;
  }

  /**
   * The locale dates and numbers are written in: the language as written in the United States
   * ({@code es-US} writes 3:00 p.&nbsp;m., not 15:00), where these teachers teach.
   */
  public Locale formats() {
    return new Locale(language.getLanguage(), "US");
  }

  public Reader inZone(ZoneId other) {
    return new Reader(language, other);
  }
}
