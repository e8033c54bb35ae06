package org.pathways.platform.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Locale;
import org.pathways.platform.control.Languages;
import org.pathways.platform.entity.Reader;

/**
 * The reader of this request: a signed-in teacher's profile (language, time zone) first, which the
 * authentication filter puts on the request; then, for pages, the language cookie the header's
 * switch sets; then the browser's {@code Accept-Language}; then English, times in UTC.
 */
public final class Readers {

  /** The cookie that keeps a visitor's choice of language (a tag: {@code en}, {@code es}). */
  public static final String COOKIE = "pathways-language";

  static final String LANGUAGE = "pathways.reader.language";
  static final String ZONE = "pathways.reader.zone";

  private Readers() {}

  /**
   * What the signed-in caller's profile says (either may be null: not said), for the rest of this
   * request.
   */
  public static void profile(HttpServletRequest request, Locale language, ZoneId zone) {
    if (language != null) {
      request.setAttribute(LANGUAGE, language);
    }
    if (zone != null) {
      request.setAttribute(ZONE, zone);
    }
  }

  /** A page's language: the profile's, the cookie's, the browser's, English. */
  public static Locale pageLanguage(HttpServletRequest request) {
    if (request.getAttribute(LANGUAGE) instanceof Locale chosen) {
      return chosen;
    }
    String cookie = Cookies.value(request, COOKIE);
    return Languages.chosen(cookie, request.getHeader("Accept-Language"));
  }

  /** An API answer's language: the caller's profile, else {@code Accept-Language}, else English. */
  public static Locale apiLanguage(HttpServletRequest request, String acceptLanguage) {
    return request != null && request.getAttribute(LANGUAGE) instanceof Locale chosen
        ? chosen
        : Languages.accepted(acceptLanguage);
  }

  /** The signed-in caller's time zone, or null when they have not given one. */
  public static ZoneId zone(HttpServletRequest request) {
    return request.getAttribute(ZONE) instanceof ZoneId zone ? zone : null;
  }

  /** An API caller as a reader: the answer's language and the caller's zone. */
  public static Reader api(HttpServletRequest request, String acceptLanguage) {
    return new Reader(apiLanguage(request, acceptLanguage), zone(request));
  }

  /** A page's reader: its language and the caller's zone. */
  public static Reader page(HttpServletRequest request) {
    return new Reader(pageLanguage(request), zone(request));
  }

  /** This page's reader: the page's language and the caller's zone. */
  public static Reader of(Locale pageLanguage, HttpServletRequest request) {
    return new Reader(pageLanguage, request == null ? null : zone(request));
  }
}
